// Reading a unit's returned feedback sheet back: which unit (the hidden marker sheet), which columns (the
// header row, matched by label so that a moved or inserted column does not shift the data), and what
// each filled-in row would change.
#include "exchange/feedbackimport.h"

#include "core/translate.h"
#include "exchange/feedbacksheet.h"
#include "extract/xlsxreader.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <cmath>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Feedback", "duban"}, s);
}

using Outcome = FeedbackPreviewRow::Outcome;

QHash<QString, QString> markerValues(const XlsxSheet& s)
{
    QHash<QString, QString> out;
    for (auto it = s.rows.cbegin(); it != s.rows.cend(); ++it)
        out.insert(it->value(1).text.trimmed(), it->value(2).text.trimmed());
    return out;
}

// Header row and column of each field, found by label (translated or Chinese); missing columns are -1.
struct Layout
{
    int headerRow = 0;
    int column[int(FeedbackColumn::Count)];
};

QString normalised(const QString& s)
{
    QString t = s.normalized(QString::NormalizationForm_KC);
    t.remove(u' ');
    t.remove(u'\n');
    return t;
}

bool findLayout(const XlsxSheet& s, int hintRow, Layout* out)
{
    const QString idLabel = normalised(feedbackColumnLabel(FeedbackColumn::TaskId));
    const QString idSource = normalised(feedbackColumnSourceLabel(FeedbackColumn::TaskId));
    QList<int> candidates;
    if (hintRow > 0)
        candidates.append(hintRow);
    for (int r = 1; r <= 20; ++r)
        candidates.append(r);
    for (int r : candidates) {
        const auto row = s.rows.value(r);
        bool found = false;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            found = found || normalised(it->text) == idLabel || normalised(it->text) == idSource;
        if (!found)
            continue;
        out->headerRow = r;
        for (int c = 0; c < int(FeedbackColumn::Count); ++c) {
            out->column[c] = -1;
            const QString a = normalised(feedbackColumnLabel(FeedbackColumn(c)));
            const QString b = normalised(feedbackColumnSourceLabel(FeedbackColumn(c)));
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                const QString t = normalised(it->text);
                if (t == a || t == b) {
                    out->column[c] = it.key();
                    break;
                }
            }
        }
        return true;
    }
    return false;
}

// Whole numbers as Excel stores them ("80", "80.0") or as typed text ("80", "80%", "８０").
std::optional<int> wholeNumber(const XlsxCell& c)
{
    double v = 0;
    if (c.isNumber) {
        v = c.number;
    } else {
        QString t = c.text.normalized(QString::NormalizationForm_KC).trimmed();
        if (t.endsWith(u'%'))
            t.chop(1);
        bool ok = false;
        v = t.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!std::isfinite(v) || std::abs(v - std::round(v)) > 1e-9 || std::abs(v) > 2e9)
        return std::nullopt;
    return int(std::llround(v));
}

// Excel keeps dates as day numbers (1900 system); typed text may be any of the usual forms.
std::optional<QDate> dateOf(const XlsxCell& c, bool date1904)
{
    if (c.isNumber) {
        if (c.number < 1 || c.number > 2958465)
            return std::nullopt;
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        return base.addDays(qint64(std::floor(c.number)));
    }
    const QString t = c.text.normalized(QString::NormalizationForm_KC).trimmed();
    for (const char* f : {"yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(t, QString::fromUtf8(f));
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<Status> statusOf(const QString& text)
{
    for (Status s : kAllStatuses) {
        if (text == statusLabel(s))
            return s;
    }
    return statusFromKey(text);
}

QString statusChoices()
{
    QStringList l;
    for (Status s : kAllStatuses)
        l.append(statusLabel(s));
    return l.join(u'、');
}

// 签收 / 申请办结 cells: a tick in the words and signs people use.
bool isYes(const QString& text)
{
    static const QStringList yes = {
        QStringLiteral("是"),       QStringLiteral("已签收"), QStringLiteral("签收"),
        QStringLiteral("申请办结"), QStringLiteral("√"),      QStringLiteral("✓"),
        QStringLiteral("y"),        QStringLiteral("yes"),    QStringLiteral("1")};
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    return yes.contains(t) || t == tr("是").toLower();
}

struct UnitChoice
{
    qint64 id = 0;
    QString name;
};

std::optional<UnitChoice> resolveUnit(Repository& repo, qint64 markedId, const QString& markedName,
                                      StoreError* e)
{
    const QList<UnitRecord> units = repo.units(e);
    for (const UnitRecord& u : units) {
        if (u.id == markedId && (u.name == markedName || u.aliases.contains(markedName)))
            return UnitChoice{u.id, u.name};
    }
    // Another copy of the database, or the unit was merged: go by the name.
    if (const auto id = repo.findUnit(markedName, e)) {
        for (const UnitRecord& u : units) {
            if (u.id == *id)
                return UnitChoice{u.id, u.name};
        }
    }
    return std::nullopt;
}

} // namespace

int FeedbackPreview::count(FeedbackPreviewRow::Outcome o) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [o](const FeedbackPreviewRow& r) { return r.outcome == o; }));
}

QList<FeedbackUpdate> FeedbackPreview::updates() const
{
    QList<FeedbackUpdate> out;
    for (const FeedbackPreviewRow& r : rows) {
        if (r.outcome != Outcome::Accepted)
            continue;
        FeedbackUpdate u;
        u.taskId = r.taskId;
        u.sheetRow = r.sheetRow;
        u.text = r.addsNote ? r.text : QString();
        u.percent = r.percent;
        u.status = r.status;
        u.author = r.author;
        u.date = r.date;
        u.sign = r.sign;
        u.signDate = r.signDate;
        u.closeRequest = r.closeRequest;
        out.append(u);
    }
    return out;
}

bool previewFeedback(Repository& repo, const QString& path, FeedbackPreview* out, QString* error)
{
    QList<XlsxSheet> sheets;
    if (!readXlsx(path, &sheets, error))
        return false;
    const QString file = QFileInfo(path).fileName();
    const XlsxSheet* marker = nullptr;
    for (const XlsxSheet& s : sheets) {
        if (s.name == QLatin1String(kFeedbackMarkerSheet))
            marker = &s;
    }
    const QHash<QString, QString> mark = marker ? markerValues(*marker) : QHash<QString, QString>();
    if (mark.value(QStringLiteral("kind")) != QLatin1String(kFeedbackKind)) {
        *error = tr("%1 不是督办导出的单位反馈表（缺少隐藏的标记工作表“%2”）。请用“导出单位反馈表”生成表格，"
                    "填写后原样交回。")
                     .arg(file, QString::fromLatin1(kFeedbackMarkerSheet));
        return false;
    }
    if (mark.value(QStringLiteral("version")).toInt() > kFeedbackVersion) {
        *error = tr("%1 由较新版本的督办导出，请升级本程序后再导入").arg(file);
        return false;
    }
    const QString markedUnit = mark.value(QStringLiteral("unit"));
    StoreError e;
    const auto unit = resolveUnit(repo, mark.value(QStringLiteral("unit_id")).toLongLong(), markedUnit, &e);
    if (e.isError()) {
        *error = e.message;
        return false;
    }
    if (!unit) {
        *error = tr("%1 是“%2”的反馈表，但数据库中没有这个单位").arg(file, markedUnit);
        return false;
    }
    const XlsxSheet* data = nullptr;
    for (const XlsxSheet& s : sheets) {
        if (!data && !s.hidden && s.name != QLatin1String(kFeedbackMarkerSheet))
            data = &s;
        if (s.name == mark.value(QStringLiteral("sheet")))
            data = &s;
    }
    Layout layout;
    if (!data || !findLayout(*data, mark.value(QStringLiteral("header_row")).toInt(), &layout) ||
        layout.column[int(FeedbackColumn::TaskId)] < 0) {
        *error = tr("%1 中找不到含“%2”的表头行").arg(file, feedbackColumnLabel(FeedbackColumn::TaskId));
        return false;
    }
    const auto col = [&](FeedbackColumn c) { return layout.column[int(c)]; };
    for (FeedbackColumn c : {FeedbackColumn::Progress, FeedbackColumn::Percent, FeedbackColumn::Status}) {
        if (col(c) < 0) {
            *error = tr("%1 的表头中缺少“%2”列").arg(file, feedbackColumnLabel(c));
            return false;
        }
    }

    out->file = path;
    out->unitId = unit->id;
    out->unitName = unit->name;
    out->exported = QDate::fromString(mark.value(QStringLiteral("exported")), Qt::ISODate);
    out->rows.clear();
    QHash<qint64, int> seen; // task id -> first row
    // The unit's live tasks in one query; only ids not among them need a look of their own.
    TaskFilter mine;
    mine.unit = unit->name;
    QHash<qint64, TaskRecord> live;
    for (const TaskRecord& t : repo.tasks(mine, TaskSort{}, 0, -1, &e))
        live.insert(t.id, t);
    if (e.isError()) {
        *error = e.message;
        return false;
    }
    for (auto it = data->rows.cbegin(); it != data->rows.cend(); ++it) {
        if (it.key() <= layout.headerRow)
            continue;
        const auto cell = [&](FeedbackColumn c) { return col(c) > 0 ? it->value(col(c)) : XlsxCell(); };
        FeedbackPreviewRow row;
        row.sheetRow = it.key();
        row.text = cell(FeedbackColumn::Progress).text.trimmed();
        row.percentText = cell(FeedbackColumn::Percent).text.trimmed();
        row.statusText = cell(FeedbackColumn::Status).text.trimmed();
        row.author = cell(FeedbackColumn::Author).text.trimmed();
        const XlsxCell dateCell = cell(FeedbackColumn::Date);
        const XlsxCell signCell = cell(FeedbackColumn::Sign);
        const QString signText = signCell.text.trimmed();
        const QString closeText = cell(FeedbackColumn::CloseRequest).text.trimmed();
        if (row.text.isEmpty() && row.percentText.isEmpty() && row.statusText.isEmpty() &&
            signText.isEmpty() && closeText.isEmpty())
            continue; // not filled in: nothing to say about it
        row.title = cell(FeedbackColumn::Title).text;
        const auto refuse = [&](const QString& why) {
            row.outcome = Outcome::Refused;
            row.detail = why;
            out->rows.append(row);
        };
        const XlsxCell idCell = cell(FeedbackColumn::TaskId);
        const auto id = wholeNumber(idCell);
        if (idCell.text.trimmed().isEmpty()) {
            refuse(tr("缺少任务编号"));
            continue;
        }
        if (!id || *id <= 0) {
            refuse(tr("任务编号“%1”无效").arg(idCell.text));
            continue;
        }
        row.taskId = *id;
        if (!live.contains(row.taskId)) {
            e = {};
            const auto task = repo.task(row.taskId, &e);
            if (e.isError() && e.kind != StoreError::BadInput) {
                *error = e.message;
                return false;
            }
            if (!task) {
                refuse(tr("数据库中没有编号为 %1 的任务").arg(row.taskId));
                continue;
            }
            row.title = task->record.title;
            if (task->record.retired.isValid()) {
                refuse(tr("任务已被新版文件撤销"));
                continue;
            }
            QStringList leads;
            for (const TaskUnitLink& l : task->units) {
                if (l.lead)
                    leads.append(l.name);
            }
            refuse(tr("任务不属于%1（牵头单位：%2）").arg(unit->name, leads.join(u'、')));
            continue;
        }
        const TaskRecord& task = live[row.taskId];
        row.title = task.title;
        if (seen.contains(row.taskId)) {
            refuse(tr("任务 %1 已在第 %2 行填报").arg(row.taskId).arg(seen.value(row.taskId)));
            continue;
        }
        if (!row.percentText.isEmpty()) {
            const auto p = wholeNumber(cell(FeedbackColumn::Percent));
            if (!p || *p < 0 || *p > 100) {
                refuse(tr("完成进度“%1”应为 0 到 100 之间的整数").arg(row.percentText));
                continue;
            }
            row.percent = *p;
        }
        if (!row.statusText.isEmpty()) {
            row.status = statusOf(row.statusText);
            if (!row.status) {
                refuse(tr("未知的状态“%1”，应为 %2 之一").arg(row.statusText, statusChoices()));
                continue;
            }
        }
        if (!dateCell.text.trimmed().isEmpty()) {
            const auto d = dateOf(dateCell, data->date1904);
            if (!d) {
                refuse(tr("填报日期“%1”无法识别，应写成 2022-10-15 这样的日期").arg(dateCell.text));
                continue;
            }
            row.date = *d;
        }
        if (!signText.isEmpty() && !isYes(signText)) {
            const auto d = dateOf(signCell, data->date1904);
            if (!d) {
                refuse(tr("签收“%1”应填“是”或签收日期").arg(signText));
                continue;
            }
            row.signDate = *d;
        }
        if (!closeText.isEmpty() && !isYes(closeText)) {
            refuse(tr("申请办结“%1”应填“是”或留空").arg(closeText));
            continue;
        }
        seen.insert(row.taskId, row.sheetRow);

        // 签收 and 办结申请 are workflow steps: once per unit, and only where the task's steps allow them.
        QStringList steps, already;
        if (!signText.isEmpty() || !closeText.isEmpty()) {
            e = {};
            const WorkflowState state = repo.workflowState(row.taskId, &e);
            const TaskFacts facts{task.status, task.deadline, task.retired.isValid()};
            EventInput in;
            in.unitId = unit->id;
            QString why;
            if (!signText.isEmpty()) {
                in.kind = EventKind::Sign;
                if (state.signedOn.contains(unit->id))
                    already.append(
                        tr("已于 %1 签收").arg(state.signedOn.value(unit->id).toString(Qt::ISODate)));
                else if (why = eventRefusal(state, facts, in, unit->name); why.isEmpty())
                    row.sign = true;
            }
            if (why.isEmpty() && !closeText.isEmpty()) {
                in.kind = EventKind::CloseRequest;
                if (state.pendingClose || state.acceptedClose)
                    already.append(tr("办结申请已提交"));
                else if (why = eventRefusal(state, facts, in, unit->name); why.isEmpty())
                    row.closeRequest = true;
            }
            if (!why.isEmpty()) {
                refuse(why);
                continue;
            }
            if (row.sign)
                steps.append(tr("签收"));
            if (row.closeRequest)
                steps.append(tr("申请办结"));
        }

        // The same note from this unit already stored: the sheet was imported before.
        if (!row.text.isEmpty()) {
            e = {};
            const QList<ProgressRecord> notes = repo.progress(row.taskId, &e);
            row.addsNote = std::none_of(notes.cbegin(), notes.cend(), [&](const ProgressRecord& p) {
                return p.text.trimmed() == row.text && p.unit == unit->name;
            });
        }
        QStringList changes;
        if (row.addsNote)
            changes.append(tr("新增进展"));
        else if (!row.text.isEmpty())
            changes.append(tr("进展已导入过"));
        const bool percentChanges = row.percent >= 0 && row.percent != task.percent;
        if (percentChanges)
            changes.append(tr("进度 %1% → %2%").arg(task.percent).arg(row.percent));
        else if (!row.addsNote)
            row.percent = -1; // nothing new to record it with
        if (row.status && *row.status != task.status)
            changes.append(tr("状态 %1 → %2").arg(statusLabel(task.status), statusLabel(*row.status)));
        changes += steps;
        if (!row.addsNote && !percentChanges && !(row.status && *row.status != task.status) &&
            steps.isEmpty()) {
            row.outcome = Outcome::Unchanged;
            row.detail = already.isEmpty() ? tr("与现有记录相同，不导入")
                                           : tr("与现有记录相同，不导入（%1）").arg(already.join(tr("；")));
            row.status.reset();
            row.percent = -1;
        } else {
            row.detail = changes.join(tr("；"));
        }
        out->rows.append(row);
    }
    return true;
}

bool applyFeedbackPreview(Repository& repo, const FeedbackPreview& preview, const QString& by,
                          FeedbackResult* result, QString* error)
{
    StoreError e;
    if (repo.applyFeedback(preview.unitId, preview.updates(), by, result, &e))
        return true;
    *error = e.message;
    return false;
}

QList<FeedbackUnit> feedbackUnits(Repository& repo, QString* error)
{
    StoreError e;
    QList<FeedbackUnit> out;
    for (const UnitRecord& u : repo.units(&e)) {
        if (u.taskCount > 0)
            out.append({u.id, u.name, u.taskCount});
    }
    if (e.isError())
        *error = e.message;
    return out;
}

} // namespace duban
