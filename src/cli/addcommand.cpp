#include "cli/addcommand.h"

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

} // namespace

QString AddCommand::summary() const
{
    return tr("新建一项任务（提取遗漏或电话交办的任务），记入修改记录");
}

void AddCommand::addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("title"), tr("任务名称（必填）"), QStringLiteral("T")});
    p.addOption({QStringLiteral("text"), tr("任务内容"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("lead"), tr("牵头单位，多个用顿号分隔"), QStringLiteral("U")});
    p.addOption({QStringLiteral("co"), tr("配合单位，多个用顿号分隔"), QStringLiteral("U")});
    p.addOption({QStringLiteral("deadline"), tr("完成时限"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("by"), tr("录入人（必填）"), QStringLiteral("NAME")});
}

int AddCommand::execute(const QCommandLineParser& p)
{
    QString why;
    const auto deadline = dateOption(p, QStringLiteral("deadline"), &why);
    if (!deadline)
        return usageError(why);
    NewTask t;
    t.title = p.value(QStringLiteral("title")).trimmed();
    t.text = p.value(QStringLiteral("text"));
    t.leadUnits = unitList(p.value(QStringLiteral("lead")));
    t.coUnits = unitList(p.value(QStringLiteral("co")));
    t.deadline = *deadline;
    const QString by = p.value(QStringLiteral("by")).trimmed();
    if (t.title.isEmpty())
        return usageError(tr("必须用 --title 给出任务名称"));
    if (by.isEmpty())
        return usageError(tr("必须用 --by 注明录入人"));
    int code = Ok;
    auto repo = openDatabase(p, Access::Creates, &code);
    if (!repo)
        return code;
    StoreError e;
    const qint64 id = repo->createTask(t, by, &e);
    if (id <= 0)
        return storeFailure(e);
    out << tr("已新建任务 %1：%2").arg(id).arg(t.title) << '\n';
    return Ok;
}

} // namespace duban::cli
