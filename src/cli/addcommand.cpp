#include "cli/command.h"
#include "cli/options.h"

#include <QRegularExpression>

namespace duban::cli {

namespace {

QStringList unitList(const QString& value)
{
    static const QRegularExpression sep(QStringLiteral("[、,，;；]"));
    QStringList out;
    for (const QString& u : value.split(sep, Qt::SkipEmptyParts))
        if (!u.trimmed().isEmpty())
            out << u.trimmed();
    return out;
}

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("title"), tr("任务名称（必填）"), QStringLiteral("T")});
    p.addOption({QStringLiteral("text"), tr("任务内容"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("lead"), tr("牵头单位，多个用顿号分隔"), QStringLiteral("U")});
    p.addOption({QStringLiteral("co"), tr("配合单位，多个用顿号分隔"), QStringLiteral("U")});
    p.addOption({QStringLiteral("deadline"), tr("完成时限"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("by"), tr("录入人（必填）"), QStringLiteral("NAME")});
}

// `add --title T [--lead U] [--co U] [--deadline D] [--text T] --by NAME`: a task by hand.
int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto deadline = dateOption(p, QStringLiteral("deadline"), &why);
    if (!deadline)
        return c.usageError(why);
    NewTask t;
    t.title = p.value(QStringLiteral("title")).trimmed();
    t.text = p.value(QStringLiteral("text"));
    t.leadUnits = unitList(p.value(QStringLiteral("lead")));
    t.coUnits = unitList(p.value(QStringLiteral("co")));
    t.deadline = *deadline;
    const QString by = p.value(QStringLiteral("by")).trimmed();
    if (t.title.isEmpty())
        return c.usageError(tr("必须用 --title 给出任务名称"));
    if (by.isEmpty())
        return c.usageError(tr("必须用 --by 注明录入人"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const qint64 id = repo->createTask(t, by, &e);
    if (id <= 0)
        return c.storeFailure(e);
    return c.done(tr("已新建任务 %1：%2").arg(id).arg(t.title));
}

} // namespace

extern const CommandSpec addCommand = CommandSpec(
    "add", QT_TRANSLATE_NOOP("duban::cli", "新建一项任务（提取遗漏或电话交办的任务），记入修改记录"),
    Access::Creates, addOptions, run);

} // namespace duban::cli
