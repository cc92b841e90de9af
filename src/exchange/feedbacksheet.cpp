#include "exchange/feedbacksheet.h"

#include "core/translate.h"
#include "exchange/workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <cmath>
#include <xlsxwriter.h>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Feedback", "duban"}, s);
}

const char* const kSourceLabels[] = {
    QT_TRANSLATE_NOOP("Feedback", "任务编号"),  QT_TRANSLATE_NOOP("Feedback", "文件"),
    QT_TRANSLATE_NOOP("Feedback", "文号"),      QT_TRANSLATE_NOOP("Feedback", "重点任务"),
    QT_TRANSLATE_NOOP("Feedback", "牵头/配合"), QT_TRANSLATE_NOOP("Feedback", "完成时限"),
    QT_TRANSLATE_NOOP("Feedback", "当前状态"),  QT_TRANSLATE_NOOP("Feedback", "当前进度（%）"),
    QT_TRANSLATE_NOOP("Feedback", "进展情况"),  QT_TRANSLATE_NOOP("Feedback", "完成进度（%）"),
    QT_TRANSLATE_NOOP("Feedback", "状态"),      QT_TRANSLATE_NOOP("Feedback", "填报人"),
    QT_TRANSLATE_NOOP("Feedback", "填报日期"),  QT_TRANSLATE_NOOP("Feedback", "签收"),
    QT_TRANSLATE_NOOP("Feedback", "申请办结"),
};
static_assert(std::size(kSourceLabels) == std::size_t(FeedbackColumn::Count));

// Widths in characters; the unit's columns are wide enough to write in.
const double kWidths[] = {9, 26, 18, 34, 9, 12, 9, 11, 46, 11, 10, 10, 12, 10, 10};
static_assert(std::size(kWidths) == std::size_t(FeedbackColumn::Count));

// libxlsxwriter does not size rows and LibreOffice and WPS keep the default height of a wrapped row, so
// the height is worked out here: a CJK character is about two width units of the column.
double rowHeight(const QList<QPair<QString, double>>& wrapped)
{
    int lines = 2; // room to write in the unit's columns
    for (const auto& [text, width] : wrapped) {
        double units = 0;
        for (const QChar ch : text)
            units += ch.unicode() >= 0x2E80 ? 2.0 : 1.1;
        lines = std::max(lines, int(std::ceil(units / std::max(1.0, width - 1))));
    }
    return 17.0 * std::min(lines, 8); // CJK lines are taller than the 15-point default
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

// Excel refuses sheet names over 31 characters, with []:*?/\ in them, beginning or ending with an
// apostrophe, "History", or equal to another sheet's name ignoring case (here: the marker sheet);
// libxlsxwriter then returns no worksheet at all.
QString sheetName(const QString& unit)
{
    QString s = unit;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        s.replace(bad, u'_');
    const QList<uint> chars = s.toUcs4(); // 31 characters, not UTF-16 units: never half a surrogate pair
    s = QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()),
                          std::min<qsizetype>(chars.size(), 31));
    while (!s.isEmpty() && (s.front() == u'\'' || s.front().isSpace()))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == u'\'' || s.back().isSpace()))
        s.chop(1);
    const bool reserved = s.compare(QLatin1String(kFeedbackMarkerSheet), Qt::CaseInsensitive) == 0 ||
                          s.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0;
    return s.isEmpty() || reserved ? tr("反馈表") : s;
}

struct Formats
{
    lxw_format *title, *note, *head, *fillHead, *body, *number, *fill, *fillNumber, *fillDate;
};

Formats makeFormats(lxw_workbook* wb)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    f.note = workbook_add_format(wb);
    format_set_font_color(f.note, 0x595959);
    const auto cell = [&](bool wrap) {
        lxw_format* x = workbook_add_format(wb);
        format_set_border(x, LXW_BORDER_THIN);
        format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
        if (wrap)
            format_set_text_wrap(x);
        return x;
    };
    f.head = cell(true);
    format_set_bold(f.head);
    format_set_align(f.head, LXW_ALIGN_CENTER);
    format_set_align(f.head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(f.head, 0xDDEBF7);
    f.fillHead = cell(true);
    format_set_bold(f.fillHead);
    format_set_align(f.fillHead, LXW_ALIGN_CENTER);
    format_set_align(f.fillHead, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(f.fillHead, 0xFCE4D6);
    f.body = cell(true);
    f.number = cell(false);
    format_set_align(f.number, LXW_ALIGN_CENTER);
    // The unit's cells are unlocked and tinted, so the eye finds where to write.
    f.fill = cell(true);
    format_set_bg_color(f.fill, 0xFFF9E6);
    f.fillNumber = cell(false);
    format_set_bg_color(f.fillNumber, 0xFFF9E6);
    format_set_align(f.fillNumber, LXW_ALIGN_CENTER);
    f.fillDate = cell(false);
    format_set_bg_color(f.fillDate, 0xFFF9E6);
    format_set_num_format(f.fillDate, "yyyy-mm-dd");
    return f;
}

void validate(lxw_worksheet* ws, int firstRow, int lastRow, FeedbackColumn c, lxw_data_validation* v)
{
    worksheet_data_validation_range(ws, lxw_row_t(firstRow), lxw_col_t(int(c)), lxw_row_t(lastRow),
                                    lxw_col_t(int(c)), v);
}

void addValidations(lxw_worksheet* ws, int firstRow, int lastRow)
{
    QList<QByteArray> labels;
    for (Status s : kAllStatuses)
        labels.append(utf8(statusLabel(s)));
    std::vector<char*> list;
    for (QByteArray& l : labels)
        list.push_back(l.data());
    list.push_back(nullptr);
    QByteArray statusTitle = utf8(tr("状态")), statusError = utf8(tr("请从下拉列表中选择状态"));
    lxw_data_validation status = {};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = list.data();
    status.error_title = statusTitle.data();
    status.error_message = statusError.data();
    validate(ws, firstRow, lastRow, FeedbackColumn::Status, &status);

    QByteArray pTitle = utf8(tr("完成进度（%）")), pError = utf8(tr("请填写 0 到 100 之间的整数"));
    lxw_data_validation percent = {};
    percent.validate = LXW_VALIDATION_TYPE_INTEGER;
    percent.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    percent.minimum_number = 0;
    percent.maximum_number = 100;
    percent.input_title = pTitle.data();
    percent.input_message = pError.data();
    percent.error_title = pTitle.data();
    percent.error_message = pError.data();
    validate(ws, firstRow, lastRow, FeedbackColumn::Percent, &percent);

    QByteArray yes = utf8(tr("是"));
    char* yesList[] = {yes.data(), nullptr};
    QByteArray yesTitle = utf8(tr("签收 / 申请办结")), yesError = utf8(tr("请填“是”，或留空"));
    lxw_data_validation flag = {};
    flag.validate = LXW_VALIDATION_TYPE_LIST;
    flag.value_list = yesList;
    flag.error_title = yesTitle.data();
    flag.error_message = yesError.data();
    // 签收 also takes the day signed, so only 申请办结 is held to the list.
    validate(ws, firstRow, lastRow, FeedbackColumn::CloseRequest, &flag);
}

void writeMarker(lxw_workbook* wb, qint64 unitId, const QString& unit, const QDate& date,
                 const QString& sheet)
{
    lxw_worksheet* ws = workbook_add_worksheet(wb, kFeedbackMarkerSheet);
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("kind"), QString::fromLatin1(kFeedbackKind)},
        {QStringLiteral("version"), QString::number(kFeedbackVersion)},
        {QStringLiteral("unit_id"), QString::number(unitId)},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("exported"), date.toString(Qt::ISODate)},
        {QStringLiteral("sheet"), sheet},
        {QStringLiteral("header_row"), QString::number(kFeedbackHeaderRow)},
    };
    for (int i = 0; i < rows.size(); ++i) {
        worksheet_write_string(ws, lxw_row_t(i), 0, utf8(rows[i].first).constData(), nullptr);
        worksheet_write_string(ws, lxw_row_t(i), 1, utf8(rows[i].second).constData(), nullptr);
    }
    worksheet_hide(ws);
}

} // namespace

QString feedbackColumnLabel(FeedbackColumn c)
{
    return tr(kSourceLabels[int(c)]);
}

QString feedbackColumnSourceLabel(FeedbackColumn c)
{
    return QString::fromUtf8(kSourceLabels[int(c)]);
}

QString feedbackFileName(const QString& unitName, const QDate& date)
{
    QString name = unitName;
    for (const QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(bad, u'_');
    for (QChar& c : name)
        if (c.category() == QChar::Other_Control)
            c = u'_';
    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return tr("%1_反馈表_%2.xlsx").arg(name.isEmpty() ? tr("单位") : name, date.toString(Qt::ISODate));
}

bool writeFeedbackSheet(Repository& repo, qint64 unitId, const QString& path, const QDate& exportDate,
                        int* taskCount, QString* error)
{
    StoreError e;
    QString unit;
    for (const UnitRecord& u : repo.units(&e)) {
        if (u.id == unitId)
            unit = u.name;
    }
    if (e.isError()) {
        *error = e.message;
        return false;
    }
    if (unit.isEmpty()) {
        *error = tr("数据库中没有编号为 %1 的单位").arg(unitId);
        return false;
    }
    TaskFilter filter;
    filter.unit = unit;
    const QList<TaskRecord> items = repo.tasks(filter, TaskSort{}, 0, -1, &e);
    if (e.isError()) {
        *error = e.message;
        return false;
    }

    lxw_workbook* wb = newWorkbook(path, error);
    if (!wb)
        return false;
    const QString sheet = sheetName(unit);
    lxw_worksheet* ws = workbook_add_worksheet(wb, utf8(sheet).constData());
    if (!ws) {
        workbook_close(wb);
        QFile::remove(path);
        *error = tr("无法为单位“%1”创建工作表“%2”").arg(unit, sheet);
        return false;
    }
    const Formats f = makeFormats(wb);
    const int columns = int(FeedbackColumn::Count);
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), kWidths[c], nullptr);

    // Title block: rows 1-3 (0-based 0-2), the table's header on row kFeedbackHeaderRow.
    worksheet_set_row(ws, 0, 26, nullptr);
    worksheet_write_string(ws, 0, 0, utf8(tr("%1 重点任务进展反馈表").arg(unit)).constData(), f.title);
    worksheet_write_string(ws, 1, 0,
                           utf8(tr("填报单位：%1　　导出日期：%2　　共 %3 项任务")
                                    .arg(unit, exportDate.toString(Qt::ISODate))
                                    .arg(items.size()))
                               .constData(),
                           f.note);
    worksheet_write_string(
        ws, 2, 0,
        utf8(tr("填报说明：请在右侧浅色列填写进展情况、完成进度（0–100 的整数）、状态、填报人和填报日期；"
                "收到任务请在“签收”列填“是”，已完成请在“申请办结”列填“是”并在进展情况中说明；"
                "不要修改任务编号，不要删除隐藏的工作表。"))
            .constData(),
        f.note);
    const int headerRow = kFeedbackHeaderRow - 1;
    worksheet_set_row(ws, lxw_row_t(headerRow), 32, nullptr);
    for (int c = 0; c < columns; ++c) {
        const bool fill = c >= int(FeedbackColumn::Progress);
        worksheet_write_string(ws, lxw_row_t(headerRow), lxw_col_t(c),
                               utf8(feedbackColumnLabel(FeedbackColumn(c))).constData(),
                               fill ? f.fillHead : f.head);
    }
    worksheet_freeze_panes(ws, lxw_row_t(headerRow + 1), 1);

    const QString lead = tr("牵头"), co = tr("配合");
    for (int i = 0; i < items.size(); ++i) {
        const TaskRecord& t = items[i];
        const auto row = lxw_row_t(headerRow + 1 + i);
        const auto text = [&](FeedbackColumn c, const QString& s) {
            worksheet_write_string(ws, row, lxw_col_t(int(c)), utf8(s).constData(), f.body);
        };
        const QString deadline = t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : t.deadlineText;
        const auto width = [](FeedbackColumn c) { return kWidths[int(c)]; };
        worksheet_set_row(ws, row,
                          rowHeight({{t.directive, width(FeedbackColumn::Directive)},
                                     {t.docNumber, width(FeedbackColumn::DocNumber)},
                                     {t.title, width(FeedbackColumn::Title)},
                                     {deadline, width(FeedbackColumn::Deadline)}}),
                          nullptr);
        worksheet_write_number(ws, row, lxw_col_t(int(FeedbackColumn::TaskId)), double(t.id), f.number);
        text(FeedbackColumn::Directive, t.directive);
        text(FeedbackColumn::DocNumber, t.docNumber);
        text(FeedbackColumn::Title, t.title);
        text(FeedbackColumn::Role, t.leadUnits.contains(unit) ? lead : co);
        text(FeedbackColumn::Deadline, deadline);
        text(FeedbackColumn::CurrentStatus, statusLabel(t.status));
        worksheet_write_number(ws, row, lxw_col_t(int(FeedbackColumn::CurrentPercent)), t.percent, f.number);
        // Empty but formatted, so borders and tint show where to write.
        worksheet_write_blank(ws, row, lxw_col_t(int(FeedbackColumn::Progress)), f.fill);
        worksheet_write_blank(ws, row, lxw_col_t(int(FeedbackColumn::Percent)), f.fillNumber);
        worksheet_write_blank(ws, row, lxw_col_t(int(FeedbackColumn::Status)), f.fillNumber);
        worksheet_write_blank(ws, row, lxw_col_t(int(FeedbackColumn::Author)), f.fillNumber);
        worksheet_write_blank(ws, row, lxw_col_t(int(FeedbackColumn::Date)), f.fillDate);
        worksheet_write_blank(ws, row, lxw_col_t(int(FeedbackColumn::Sign)), f.fillNumber);
        worksheet_write_blank(ws, row, lxw_col_t(int(FeedbackColumn::CloseRequest)), f.fillNumber);
    }
    if (!items.isEmpty())
        addValidations(ws, headerRow + 1, headerRow + int(items.size()));
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow));
    worksheet_activate(ws);
    writeMarker(wb, unitId, unit, exportDate, sheet);

    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        *error = tr("无法写入文件 %1：%2").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    if (taskCount)
        *taskCount = int(items.size());
    return true;
}

bool writeFeedbackSheets(Repository& repo, const QString& dir, const QDate& exportDate, QStringList* files,
                         QString* error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("无法创建文件夹 %1").arg(dir);
        return false;
    }
    StoreError e;
    const QList<UnitRecord> units = repo.units(&e);
    if (e.isError()) {
        *error = e.message;
        return false;
    }
    files->clear();
    QSet<QString> used; // "A/B" and "A_B" make one file name: the second gets its unit number
    for (const UnitRecord& u : units) {
        if (u.taskCount == 0)
            continue;
        QString file = feedbackFileName(u.name, exportDate);
        if (used.contains(file.toLower()))
            file = feedbackFileName(tr("%1_编号%2").arg(u.name).arg(u.id), exportDate);
        used.insert(file.toLower());
        const QString path = QDir(dir).filePath(file);
        if (!writeFeedbackSheet(repo, u.id, path, exportDate, nullptr, error))
            return false;
        files->append(path);
    }
    return true;
}

} // namespace duban
