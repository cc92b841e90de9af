#include "cli/checkcommand.h"

namespace duban::cli {

QString CheckCommand::summary() const
{
    return tr("检查数据库是否完好");
}

void CheckCommand::addOptions(QCommandLineParser&) {}

int CheckCommand::execute(const QCommandLineParser& p)
{
    int code = Ok;
    auto repo = openDatabase(p, Access::Reads, &code);
    if (!repo)
        return code;
    StoreError e;
    const QStringList problems = repo->check(&e);
    if (e.isError())
        return storeFailure(e);
    if (!problems.isEmpty()) {
        err << tr("数据库 %1 有问题：").arg(repo->path()) << '\n';
        for (const QString& p : problems)
            err << "  " << p << '\n';
        return DatabaseProblem;
    }
    const TaskCounts n = repo->counts();
    out << tr("数据库 %1 完好：结构版本 %2，%3 项任务，%4 份通知")
               .arg(repo->path())
               .arg(Repository::schemaVersion())
               .arg(n.total)
               .arg(repo->directives().size())
        << '\n';
    return Ok;
}

} // namespace duban::cli
