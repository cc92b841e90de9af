#include "exchange/ledger.h"

#include "core/translate.h"
#include "exchange/workbook.h"
#include "store/taskcolumns.h"

#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Ledger", "duban"}, s);
}

QStringList cells(const LedgerRow& r, int number)
{
    const auto text = [&](TaskColumn c) { return taskText(r.record, c); };
    return {QString::number(number),
            text(TaskColumn::Directive),
            text(TaskColumn::DocNumber),
            text(TaskColumn::Title),
            text(TaskColumn::Text),
            text(TaskColumn::LeadUnits),
            text(TaskColumn::CoUnits),
            text(TaskColumn::Deadline),
            text(TaskColumn::Status),
            text(TaskColumn::Percent),
            r.progress,
            text(TaskColumn::Updated)};
}

// A cell that begins with = + - @ (or a tab or CR before one) is a formula to Excel and WPS; document
// text can begin so. A leading apostrophe keeps it text (OWASP "CSV injection").
QString csvField(QString s)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!s.isEmpty() && formulaStart.contains(s.front()))
        s.prepend(u'\'');
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

QStringList ledgerHeader()
{
    return {tr("序号"),     tr("文件"),     tr("文号"), tr("重点任务"), tr("工作目标"), tr("牵头单位"),
            tr("责任单位"), tr("完成时限"), tr("状态"), tr("进度"),     tr("进展情况"), tr("最新更新")};
}

QList<LedgerRow> ledgerRows(Repository& repo, const TaskFilter& filter, StoreError* error)
{
    QList<LedgerRow> out;
    const QList<TaskRecord> items = repo.tasks(filter, TaskSort{}, 0, -1, error);
    if (error && error->isError())
        return out;
    // Two queries for the whole ledger, not one per row: the tasks (with their text), every progress note.
    QHash<qint64, ProgressRecord> latest;
    for (const ProgressRecord& p : repo.progressBetween({}, {}, error))
        latest.insert(p.taskId, p); // oldest first: the last one wins
    if (error && error->isError())
        return {};
    out.reserve(items.size());
    for (const TaskRecord& it : items) {
        LedgerRow r{it, {}};
        const auto p = latest.constFind(it.id);
        if (p != latest.constEnd()) {
            r.progress = p->date.toString(Qt::ISODate) + u' ' + p->text;
            if (p->percent >= 0)
                r.progress += QStringLiteral("（%1%）").arg(p->percent);
        }
        out.append(r);
    }
    return out;
}

bool writeLedgerCsv(const QList<LedgerRow>& rows, const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("无法写入文件 %1：%2").arg(path, f.errorString());
        return false;
    }
    QByteArray data("\xEF\xBB\xBF");
    auto line = [&](const QStringList& fields) {
        QStringList quoted;
        for (const QString& s : fields)
            quoted.append(csvField(s));
        data += quoted.join(u',').toUtf8() + "\r\n";
    };
    line(ledgerHeader());
    for (int i = 0; i < rows.size(); ++i)
        line(cells(rows[i], i + 1));
    if (f.write(data) != data.size() || !f.flush()) {
        *error = tr("无法写入文件 %1：%2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool writeLedgerXlsx(const QList<LedgerRow>& rows, const QString& path, QString* error)
{
    lxw_workbook* wb = newWorkbook(path, error);
    if (!wb)
        return false;
    lxw_worksheet* ws = workbook_add_worksheet(wb, tr("台账").toUtf8().constData());
    lxw_format* head = headerFormat(wb);
    lxw_format* body = workbook_add_format(wb);
    format_set_text_wrap(body);
    format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(body, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(date, LXW_BORDER_THIN);
    lxw_format* percent = workbook_add_format(wb);
    format_set_num_format(percent, "0%");
    format_set_align(percent, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(percent, LXW_BORDER_THIN);
    // 序号 文件 文号 重点任务 工作目标 牵头单位 责任单位 完成时限 状态 进度 进展情况 最新更新
    const double widths[] = {6, 28, 18, 28, 50, 18, 28, 12, 8, 7, 36, 17};
    constexpr int kDeadline = 7, kPercent = 9;
    for (int c = 0; c < 12; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    const QStringList header = ledgerHeader();
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c].toUtf8().constData(), head);
    worksheet_freeze_panes(ws, 1, 0);
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList values = cells(rows[i], i + 1);
        worksheet_write_number(ws, lxw_row_t(i + 1), 0, i + 1, body);
        for (int c = 1; c < values.size(); ++c) {
            const lxw_row_t row = lxw_row_t(i + 1);
            const QDate d = rows[i].record.deadline;
            // A date and a percent are cells Excel sorts and filters as such, not text.
            if (c == kDeadline && d.isValid()) {
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(ws, row, lxw_col_t(c), &dt, date);
            } else if (c == kPercent) {
                worksheet_write_number(ws, row, lxw_col_t(c), rows[i].record.percent / 100.0, percent);
            } else {
                worksheet_write_string(ws, row, lxw_col_t(c), values[c].toUtf8().constData(), body);
            }
        }
    }
    if (!rows.isEmpty())
        worksheet_autofilter(ws, 0, 0, lxw_row_t(rows.size()), 11);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        *error = tr("无法写入文件 %1：%2").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    return true;
}

} // namespace duban
