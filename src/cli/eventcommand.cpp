#include "cli/command.h"
#include "cli/options.h"

namespace duban::cli {

namespace {

// The keys as stored (extend_request), with dashes (extend-request) or the Chinese labels (延期申请).
QString kindChoices()
{
    QStringList keys;
    for (EventKind k : kAllEventKinds)
        keys << eventKindKey(k);
    return keys.join(QStringLiteral("、"));
}

void addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("任务编号"));
    p.addPositionalArgument(QStringLiteral("STEP"),
                            tr("督办步骤：%1（也可写 extend-request 或 延期申请）").arg(kindChoices()));
    p.addOptions({
        {QStringLiteral("unit"), tr("所涉单位（签收、催办、申请的单位；默认：任务本身）"),
         QStringLiteral("U")},
        {QStringLiteral("date"), tr("事件日期（默认今天）"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("level"), tr("催办级别：1 提醒、2 催办、3 通报"), QStringLiteral("N")},
        {QStringLiteral("deadline"), tr("延期申请：申请延至；同意延期：延至（默认：按申请）"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("text"), tr("理由或说明（延期申请、不同意延期、复核退回、暂缓、撤销须填写）"),
         QStringLiteral("TEXT")},
        {QStringLiteral("notice"), tr("催办：通知单编号（默认：下一个编号）"), QStringLiteral("NO")},
        {QStringLiteral("by"), tr("记录人（必填）"), QStringLiteral("NAME")},
    });
}

// `event ID STEP … --by NAME`: one 督办 step on a task, checked by the workflow rule (core/workflow).
int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto id = taskId(p, &why);
    const auto by = id ? requiredBy(p, &why) : std::nullopt;
    const auto dates = by ? dateOptions(p, {"date", "deadline"}, &why) : std::nullopt;
    if (!dates)
        return c.usageError(why);
    const auto [date, deadline] = *dates;
    const QString step = p.positionalArguments().value(1);
    const auto kind = eventKindFromKey(QString(step).replace(u'-', u'_'));
    if (!kind)
        return c.usageError(tr("未知的督办步骤“%1”，应为 %2 之一").arg(step, kindChoices()));
    EventInput in;
    in.kind = *kind;
    in.onDate = date;
    in.deadline = deadline;
    in.text = p.value(QStringLiteral("text"));
    in.noticeNo = p.value(QStringLiteral("notice")).trimmed();
    if (p.isSet(QStringLiteral("level"))) {
        bool ok = false;
        in.level = p.value(QStringLiteral("level")).toInt(&ok);
        if (!ok || in.level < 1 || in.level > kChaseLevels)
            return c.usageError(tr("--level 应为 1（提醒）、2（催办）或 3（通报）"));
    } else if (in.kind == EventKind::Chase) {
        in.level = 2;
    }
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    if (p.isSet(QStringLiteral("unit"))) {
        const QString unit = p.value(QStringLiteral("unit")).trimmed();
        const auto unitId = repo->findUnit(unit, &e);
        if (!unitId)
            return e.isError() ? c.storeFailure(e) : c.failure(tr("未知单位“%1”").arg(unit), BadInput);
        in.unitId = *unitId;
    }
    const qint64 eventId = repo->recordEvent(*id, in, *by, &e);
    if (eventId <= 0)
        return c.storeFailure(e);
    const TaskEvent ev = repo->events(*id).last();
    QString line = tr("任务 %1：已记录“%2”（事件 %3）").arg(*id).arg(eventKindLabel(ev.kind)).arg(eventId);
    if (ev.kind == EventKind::Chase)
        line += tr("，%1，%2").arg(chaseLevelLabel(ev.level), ev.noticeNo);
    if (ev.kind == EventKind::ExtendApprove) {
        const auto t = repo->task(*id);
        line += tr("，完成时限延至 %1（原定 %2）")
                    .arg(t->record.deadline.toString(Qt::ISODate),
                         t->record.originalDeadline.toString(Qt::ISODate));
    }
    if (ev.kind == EventKind::StrikeOff)
        line += tr("，任务已办结");
    return c.done(line);
}

} // namespace

extern const CommandSpec eventCommand =
    CommandSpec("event",
                QT_TRANSLATE_NOOP(
                    "duban::cli",
                    "记录督办步骤：交办、签收、催办、延期申请与审批、办结申请、复核、销号、暂缓、恢复、撤销"),
                Access::Writes, addOptions, run)
        .arguments(
            2, 2,
            QT_TRANSLATE_NOOP("duban::cli",
                              "请给出任务编号和督办步骤，如：event 12 sign --unit 市财政局 --by 张三"));

} // namespace duban::cli
