#include "cli/command.h"
#include "cli/options.h"
#include "report/chasenotice.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("unit"), tr("催办的单位（必填）"), QStringLiteral("U")},
        {QStringLiteral("level"), tr("级别：1 提醒、2 催办（默认）、3 通报（督办通知单）"),
         QStringLiteral("N")},
        {QStringLiteral("task"), tr("列入的任务编号，可重复（默认：该单位全部在办任务）"),
         QStringLiteral("ID")},
        {QStringLiteral("date"), tr("签发日期（默认今天）"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("reply-by"), tr("反馈时限（默认：签发后 3 天）"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("office"), tr("发文单位，如 市政府督查室"), QStringLiteral("NAME")},
        {QStringLiteral("note"), tr("写在任务表上方的要求"), QStringLiteral("TEXT")},
        {QStringLiteral("pdf"), tr("写入 PDF（必填）"), QStringLiteral("FILE")},
        {QStringLiteral("by"), tr("记录人（必填）"), QStringLiteral("NAME")},
    });
}

// `notice --unit U --pdf F --by NAME`: the numbered 催办单 / 督办通知单, recorded as sent (one chase event
// per listed task under its number).
int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto by = requiredBy(p, &why);
    const auto dates = by ? dateOptions(p, {"date", "reply-by"}, &why) : std::nullopt;
    if (!dates)
        return c.usageError(why);
    const auto [issued, replyBy] = *dates;
    const QString unit = p.value(QStringLiteral("unit")).trimmed();
    const QString pdf = p.value(QStringLiteral("pdf")).trimmed();
    if (unit.isEmpty() || pdf.isEmpty())
        return c.usageError(tr("必须用 --unit 指定单位、用 --pdf 指定输出文件"));
    int level = 2;
    if (p.isSet(QStringLiteral("level"))) {
        bool ok = false;
        level = p.value(QStringLiteral("level")).toInt(&ok);
        if (!ok || level < 1 || level > kChaseLevels)
            return c.usageError(tr("--level 应为 1（提醒）、2（催办）或 3（通报）"));
    }
    QList<qint64> picked;
    for (const QString& v : p.values(QStringLiteral("task"))) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            return c.usageError(tr("任务编号“%1”应为正整数").arg(v));
        picked.append(id);
    }
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const auto unitId = repo->findUnit(unit, &e);
    if (!unitId)
        return e.isError() ? c.storeFailure(e) : c.failure(tr("未知单位“%1”").arg(unit), BadInput);
    ChaseNotice n = draftChaseNotice(*repo, *unitId, level, issued, DueRules{}, 3, &e);
    if (e.isError())
        return c.storeFailure(e);
    if (replyBy.isValid())
        n.replyBy = replyBy;
    n.office = p.value(QStringLiteral("office")).trimmed();
    n.note = p.value(QStringLiteral("note")).trimmed();
    if (!picked.isEmpty()) {
        QList<TaskRecord> listed;
        for (qint64 id : picked) {
            const auto it = std::find_if(n.tasks.cbegin(), n.tasks.cend(),
                                         [id](const TaskRecord& t) { return t.id == id; });
            if (it == n.tasks.cend())
                return c.failure(tr("任务 %1 不是%2在办的任务").arg(id).arg(n.unit), BadInput);
            listed.append(*it);
        }
        n.tasks = listed;
    }
    if (n.tasks.isEmpty())
        return c.failure(tr("%1没有在办的任务，不需要催办").arg(n.unit), BadInput);
    int pages = 0;
    if (!writeChaseNoticePdf(n, pdf, &why, &pages))
        return c.failure(why, BadInput);
    QList<qint64> ids;
    for (const TaskRecord& t : n.tasks)
        ids.append(t.id);
    if (repo->recordEvents(ids, chaseNoticeEvent(n), *by, &e).isEmpty())
        return c.storeFailure(e);
    return c.done(tr("已写入%1 %2（%3，%4 项任务，%5 页）：%6，已登记为已发出")
                      .arg(chaseNoticeTitle(n.level), n.noticeNo, n.unit)
                      .arg(ids.size())
                      .arg(pages)
                      .arg(pdf));
}

} // namespace

extern const CommandSpec noticeCommand =
    CommandSpec("notice",
                QT_TRANSLATE_NOOP("duban::cli", "催办：生成编号的催办单 / 督办通知单（PDF）并登记为已发出"),
                Access::Writes, addOptions, run)
        .gui();

} // namespace duban::cli
