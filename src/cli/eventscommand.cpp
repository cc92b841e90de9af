#include "cli/command.h"
#include "cli/options.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("任务编号"));
    p.addOption({QStringLiteral("format"), tr("输出格式：table（默认）或 json"), QStringLiteral("F")});
}

QJsonObject toJson(const TaskEvent& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("kind"), eventKindKey(e.kind)},
                  {QStringLiteral("step"), eventKindLabel(e.kind)},
                  {QStringLiteral("unit"), e.unit},
                  {QStringLiteral("date"), e.onDate.toString(Qt::ISODate)},
                  {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("by"), e.by},
                  {QStringLiteral("text"), e.text}};
    if (e.level)
        o.insert(QStringLiteral("level"), e.level);
    if (e.deadline.isValid())
        o.insert(QStringLiteral("deadline"), e.deadline.toString(Qt::ISODate));
    if (!e.noticeNo.isEmpty())
        o.insert(QStringLiteral("notice_no"), e.noticeNo);
    if (e.refId)
        o.insert(QStringLiteral("ref_id"), e.refId);
    return o;
}

// `events ID`: the task's 督办 timeline, oldest first.
int run(CommandContext& c)
{
    QString why;
    const auto id = taskId(c.options, &why);
    if (!id)
        return c.usageError(why);
    const QString format = c.options.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return c.usageError(tr("--format 应为 table 或 json"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    if (!repo->task(*id, &e))
        return c.storeFailure(e);
    const QList<TaskEvent> events = repo->events(*id, &e);
    if (e.isError())
        return c.storeFailure(e);
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const TaskEvent& ev : events)
            a.append(toJson(ev));
        c.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const TaskEvent& ev : events) {
        QString what = eventKindLabel(ev.kind);
        if (ev.kind == EventKind::Chase)
            what += tr("（%1）%2").arg(chaseLevelLabel(ev.level), ev.noticeNo);
        if (ev.deadline.isValid())
            what += tr(" 延至 %1").arg(ev.deadline.toString(Qt::ISODate));
        c.out << ev.onDate.toString(Qt::ISODate) << "  " << textCell(what, 28) << "  "
              << textCell(ev.unit, 14) << "  " << textCell(ev.by, 10) << "  " << ev.text << '\n';
    }
    if (events.isEmpty())
        c.out << tr("任务 %1 还没有督办记录").arg(*id) << '\n';
    return Ok;
}

} // namespace

extern const CommandSpec eventsCommand =
    CommandSpec("events", QT_TRANSLATE_NOOP("duban::cli", "任务的督办记录（时间线），按时间先后"),
                Access::Reads, addOptions, run)
        .arguments(1, 1);

} // namespace duban::cli
