#include "cli/command.h"
#include "cli/options.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"

#include <QFileInfo>

namespace duban::cli {

namespace {

void printPlan(QTextStream& out, const ImportBatch& b, const ImportPlan& plan)
{
    out << tr("%1 是已导入通知的修改版本，与库中版本相比：").arg(b.sourceFile) << '\n';
    for (int i = 0; i < b.tasks.size(); ++i) {
        switch (plan.changes[i]) {
        case ImportPlan::Change::New:
            out << "  + " << tr("新增：%1").arg(b.tasks[i].title) << '\n';
            break;
        case ImportPlan::Change::Changed:
            out << "  ~ "
                << tr("修改：[%1] %2（%3）")
                       .arg(plan.matchedTaskIds[i])
                       .arg(b.tasks[i].title, plan.changedFields[i].join(u','))
                << '\n';
            break;
        case ImportPlan::Change::Unchanged:
            break;
        }
    }
    for (const ImportPlan::Gone& g : plan.gone)
        out << "  - "
            << tr("不再出现：[%1] %2%3")
                   .arg(g.taskId)
                   .arg(g.title,
                        g.progressCount ? tr("（已有 %1 条进展，将保留）").arg(g.progressCount) : QString())
            << '\n';
}

void addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("要导入的文件，可多个"), QStringLiteral("FILE..."));
    p.addOption({QStringLiteral("yes"), tr("确认导入已导入通知的修改版本")});
    p.addOption({QStringLiteral("by"), tr("导入人（默认：当前登录名）"), QStringLiteral("NAME")});
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    int code = Ok;
    const QString by = byOrLogin(p);
    const Extractor extractor;
    for (const QString& path : p.positionalArguments()) {
        const ReadResult read = DocumentReader::read(path);
        if (!read.ok()) {
            c.err << read.error << '\n';
            code = std::max<int>(code, BadInput);
            continue;
        }
        const ExtractionResult extracted = extractor.extract(read.doc);
        ImportBatch batch;
        batch.sourceFile = QFileInfo(path).fileName();
        batch.contentHash = ImportBatch::hashOf(read.doc.lines);
        batch.directives = extracted.directives;
        batch.tasks = extracted.tasks;
        batch.importedBy = by;
        StoreError e;
        const ImportPlan plan = repo->planImport(batch, &e);
        if (e.isError()) {
            code = std::max(code, c.storeFailure(e));
            continue;
        }
        if (plan.kind == ImportPlan::Kind::AlreadyImported) {
            c.out << tr("%1 已导入过（内容相同），未做修改").arg(path) << '\n';
            continue;
        }
        if (plan.kind == ImportPlan::Kind::Revision) {
            printPlan(c.out, batch, plan);
            if (!p.isSet(QStringLiteral("yes"))) {
                c.out << tr("未做修改。确认无误后加 --yes 再次导入。") << '\n';
                continue;
            }
        }
        ImportResult r;
        if (!repo->applyImport(batch, true, &r, &e)) {
            code = std::max(code, c.storeFailure(e));
            continue;
        }
        c.out << tr("已导入 %1：新增 %2 项，修改 %3 项，未变 %4 项，撤销 %5 项")
                     .arg(path)
                     .arg(r.added)
                     .arg(r.changed)
                     .arg(r.unchanged)
                     .arg(r.retired)
              << '\n';
        if (!r.newUnits.isEmpty())
            c.out << tr("新单位（待核对）：%1").arg(r.newUnits.join(QStringLiteral("、"))) << '\n';
    }
    return code;
}

} // namespace

extern const CommandSpec importCommand =
    CommandSpec("import",
                QT_TRANSLATE_NOOP("duban::cli",
                                  "把通知文件中的任务导入数据库（每个文件一个事务：全部导入或都不导入）"),
                Access::Creates, addOptions, run)
        .arguments(1, -1);

} // namespace duban::cli
