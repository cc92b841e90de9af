#include "exchange/scoresheet.h"

#include "core/scorecolumns.h"
#include "core/translate.h"
#include "exchange/workbook.h"

#include <QFile>
#include <xlsxwriter.h>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"ScoreSheet", "duban"}, s);
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

void ruleSheet(lxw_workbook* wb, const ScoreRule& rule, const QStringList& chaseNames, lxw_format* head)
{
    lxw_worksheet* ws = workbook_add_worksheet(wb, utf8(tr("评分规则")).constData());
    worksheet_set_column(ws, 0, 0, 36, nullptr);
    worksheet_set_column(ws, 1, 1, 12, nullptr);
    worksheet_write_string(ws, 0, 0, utf8(tr("项目")).constData(), head);
    worksheet_write_string(ws, 0, 1, utf8(tr("分值")).constData(), head);
    const QList<QPair<QString, double>> rows = {
        {tr("按时完成率权重（分）"), rule.onTimeWeight},
        {tr("签收及时率权重（分）"), rule.signWeight},
        {tr("进展报送率权重（分）"), rule.reportWeight},
        {tr("每项逾期任务扣分"), rule.overdueTaskDeduction},
        {tr("每逾期一天扣分"), rule.overdueDayDeduction},
        {tr("每次%1扣分").arg(scoreColumnLabel(ScoreColumn::Chase1, chaseNames)), rule.chaseDeduction[0]},
        {tr("每次%1扣分").arg(scoreColumnLabel(ScoreColumn::Chase2, chaseNames)), rule.chaseDeduction[1]},
        {tr("每次%1扣分").arg(scoreColumnLabel(ScoreColumn::Chase3, chaseNames)), rule.chaseDeduction[2]},
        {tr("签收时限（工作日）"), double(rule.signWorkingDays)},
        {tr("计入配合单位（1 是，0 否）"), rule.includeCoUnits ? 1.0 : 0.0},
    };
    for (int i = 0; i < rows.size(); ++i) {
        worksheet_write_string(ws, lxw_row_t(i + 1), 0, utf8(rows[i].first).constData(), nullptr);
        worksheet_write_number(ws, lxw_row_t(i + 1), 1, rows[i].second, nullptr);
    }
}

} // namespace

bool writeScoreXlsx(const QList<UnitScore>& scores, const ScorePeriod& period, const ScoreRule& rule,
                    const QString& path, QString* error, const QStringList& chaseNames)
{
    lxw_workbook* wb = newWorkbook(path, error);
    if (!wb)
        return false;
    lxw_worksheet* ws = workbook_add_worksheet(wb, utf8(tr("考评排名")).constData());
    lxw_format* title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* head = headerFormat(wb);
    lxw_format* body = workbook_add_format(wb);
    format_set_border(body, LXW_BORDER_THIN);
    lxw_format* decimal = workbook_add_format(wb);
    format_set_num_format(decimal, "0.00");
    format_set_border(decimal, LXW_BORDER_THIN);
    lxw_format* percent = workbook_add_format(wb);
    format_set_num_format(percent, "0.00%");
    format_set_border(percent, LXW_BORDER_THIN);

    const QString heading = tr("考评结果：%1 至 %2（截至 %3）")
                                .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                                     period.effectiveAsOf().toString(Qt::ISODate));
    worksheet_write_string(ws, 0, 0, utf8(heading).constData(), title);
    worksheet_set_column(ws, 0, 0, 6, nullptr);
    worksheet_set_column(ws, 1, 1, 24, nullptr);
    worksheet_set_column(ws, 2, lxw_col_t(kScoreColumnCount - 1), 9, nullptr);
    worksheet_set_row(ws, 1, 32, nullptr);
    for (int c = 0; c < kScoreColumnCount; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c),
                               utf8(scoreColumnLabel(ScoreColumn(c), chaseNames)).constData(), head);
    worksheet_freeze_panes(ws, 2, 2);
    for (int i = 0; i < scores.size(); ++i) {
        const lxw_row_t row = lxw_row_t(i + 2);
        for (int c = 0; c < kScoreColumnCount; ++c) {
            const ScoreColumn col = ScoreColumn(c);
            const QVariant v = scoreValue(scores[i], col);
            if (col == ScoreColumn::Unit)
                worksheet_write_string(ws, row, lxw_col_t(c), utf8(v.toString()).constData(), body);
            else if (isRateColumn(col) && scoreText(scores[i], col) == QStringLiteral("—"))
                worksheet_write_string(ws, row, lxw_col_t(c), "—", body);
            else if (isRateColumn(col))
                worksheet_write_number(ws, row, lxw_col_t(c), v.toDouble() / 100, percent);
            else if (v.typeId() == QMetaType::Double)
                worksheet_write_number(ws, row, lxw_col_t(c), v.toDouble(), decimal);
            else
                worksheet_write_number(ws, row, lxw_col_t(c), v.toInt(), body);
        }
    }
    if (!scores.isEmpty())
        worksheet_autofilter(ws, 1, 0, lxw_row_t(scores.size() + 1), lxw_col_t(kScoreColumnCount - 1));
    ruleSheet(wb, rule, chaseNames, head);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        *error = tr("无法写入文件 %1：%2").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    return true;
}

} // namespace duban
