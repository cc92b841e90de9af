// duban-cli commands over the database: import, list, overdue, update, units, backup, check.
#include "cli/commands.h"
#include "cli/storeoutput.h"
#include "core/clock.h"
#include "core/dateinput.h"
#include "core/translate.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "store/repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

const QStringList kCommands = {QStringLiteral("import"),  QStringLiteral("list"),  QStringLiteral("overdue"),
                               QStringLiteral("update"),  QStringLiteral("units"), QStringLiteral("backup"),
                               QStringLiteral("check"),   QStringLiteral("add"),   QStringLiteral("cancel"),
                               QStringLiteral("restore"), QStringLiteral("delete")};

int exitFor(const StoreError& e)
{
    return e.kind == StoreError::BadInput ? BadInput : DatabaseProblem;
}

QString defaultUser()
{
    const QString u = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return u.isEmpty() ? QStringLiteral("duban-cli") : u;
}

// Options every store command shares, and the parse that reports usage errors the same way.
struct Command
{
    QCommandLineParser p;
    QCommandLineOption db{QStringLiteral("db"), tr("数据库文件（默认：%1）").arg(Repository::defaultPath()),
                          QStringLiteral("PATH")};
    QTextStream out{stdout};
    QTextStream err{stderr};

    explicit Command(const QString& description)
    {
        p.setApplicationDescription(description);
        p.addHelpOption();
        p.addOption(db);
    }
    // 0 when parsed; else the exit code (help printed, or a usage error).
    int parse(const QStringList& args, int minPositional, int maxPositional)
    {
        if (!p.parse(args)) {
            err << p.errorText() << '\n' << p.helpText();
            return Usage;
        }
        if (p.isSet(QStringLiteral("help"))) {
            out << p.helpText();
            return -1;
        }
        const int n = p.positionalArguments().size();
        if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
            err << tr("参数个数不对") << '\n' << p.helpText();
            return Usage;
        }
        return 0;
    }
    QString dbPath() const { return p.isSet(db) ? p.value(db) : Repository::defaultPath(); }
    std::unique_ptr<Repository> open(bool readOnly, int* code)
    {
        OpenOptions o;
        // Reading commands still open a writable file for writing, so that a database from an older
        // version is upgraded (with its copy kept) instead of refused; only read-only files stay so.
        const QFileInfo file(dbPath());
        o.readOnly = readOnly && file.exists() && !file.isWritable();
        o.mustExist = readOnly;
        StoreError e;
        auto repo = Repository::open(dbPath(), o, &e);
        if (!repo) {
            err << e.message << '\n';
            *code = DatabaseProblem;
        }
        for (const QString& b : repo ? repo->migrationBackups() : QStringList())
            err << tr("数据库结构已升级，升级前的副本保存在 %1").arg(b) << '\n';
        return repo;
    }
    int fail(const StoreError& e)
    {
        err << e.message << '\n';
        return exitFor(e);
    }
    int usage(const QString& message)
    {
        err << message << '\n';
        return Usage;
    }
};

std::optional<QDate> dateOption(Command& c, const QString& name, QString* error)
{
    if (!c.p.isSet(name))
        return QDate();
    const QDate d = parseTypedDate(c.p.value(name)); // 2024-06-30, 2024/6/30, 20240630, 2024年6月30日
    if (!d.isValid()) {
        *error = tr("--%1 的日期“%2”无效，应为 YYYY-MM-DD").arg(name, c.p.value(name));
        return std::nullopt;
    }
    return d;
}

std::optional<ListFormat> formatOption(Command& c, QString* error)
{
    const auto f = listFormatFromKey(c.p.value(QStringLiteral("format")));
    if (!f)
        *error = tr("未知的输出格式“%1”，可用 table、json、csv").arg(c.p.value(QStringLiteral("format")));
    return f;
}

QCommandLineOption formatOpt()
{
    return {{QStringLiteral("f"), QStringLiteral("format")},
            tr("输出格式: table、json 或 csv"),
            QStringLiteral("table|json|csv"),
            QStringLiteral("table")};
}

// --- import

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

int runImport(const QStringList& args)
{
    Command c(tr("把通知文件中的任务导入数据库（每个文件一个事务：全部导入或都不导入）"));
    c.p.addPositionalArgument(QStringLiteral("FILE"), tr("要导入的文件，可多个"), QStringLiteral("FILE..."));
    c.p.addOption({QStringLiteral("yes"), tr("确认导入已导入通知的修改版本")});
    c.p.addOption({QStringLiteral("by"), tr("导入人（默认：当前登录名）"), QStringLiteral("NAME")});
    if (const int code = c.parse(args, 1, -1))
        return code < 0 ? Ok : code;
    int code = Ok;
    auto repo = c.open(false, &code);
    if (!repo)
        return code;
    const QString by = c.p.isSet(QStringLiteral("by")) ? c.p.value(QStringLiteral("by")) : defaultUser();
    const Extractor extractor;
    for (const QString& path : c.p.positionalArguments()) {
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
            code = std::max(code, c.fail(e));
            continue;
        }
        if (plan.kind == ImportPlan::Kind::AlreadyImported) {
            c.out << tr("%1 已导入过（内容相同），未做修改").arg(path) << '\n';
            continue;
        }
        if (plan.kind == ImportPlan::Kind::Revision) {
            printPlan(c.out, batch, plan);
            if (!c.p.isSet(QStringLiteral("yes"))) {
                c.out << tr("未做修改。确认无误后加 --yes 再次导入。") << '\n';
                continue;
            }
        }
        ImportResult r;
        if (!repo->applyImport(batch, true, &r, &e)) {
            code = std::max(code, c.fail(e));
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

// --- list / overdue

int runList(const QStringList& args)
{
    Command c(tr("列出任务"));
    c.p.addOption({QStringLiteral("unit"), tr("只列此单位（牵头或配合）的任务"), QStringLiteral("U")});
    c.p.addOption({QStringLiteral("status"), tr("状态: not_started、in_progress、done、suspended"),
                   QStringLiteral("S")});
    c.p.addOption({QStringLiteral("due-before"), tr("截止日期早于此日"), QStringLiteral("YYYY-MM-DD")});
    c.p.addOption({QStringLiteral("search"), tr("在标题、内容和单位名称中查找"), QStringLiteral("Q")});
    c.p.addOption(
        {QStringLiteral("as-of"), tr("计算逾期所用的日期（默认今天）"), QStringLiteral("YYYY-MM-DD")});
    c.p.addOption(formatOpt());
    if (const int code = c.parse(args, 0, 0))
        return code < 0 ? Ok : code;
    QString why;
    TaskFilter f;
    const auto format = formatOption(c, &why);
    const auto before = dateOption(c, QStringLiteral("due-before"), &why);
    const auto asOf = dateOption(c, QStringLiteral("as-of"), &why);
    if (!format || !before || !asOf)
        return c.usage(why);
    if (c.p.isSet(QStringLiteral("status"))) {
        f.status = statusFromKey(c.p.value(QStringLiteral("status")));
        if (!f.status)
            return c.usage(tr("未知的状态“%1”").arg(c.p.value(QStringLiteral("status"))));
    }
    if (before->isValid())
        f.deadlineTo = before->addDays(-1);
    f.asOf = *asOf;
    f.search = c.p.value(QStringLiteral("search"));
    int code = Ok;
    auto repo = c.open(true, &code);
    if (!repo)
        return code;
    StoreError e;
    if (c.p.isSet(QStringLiteral("unit"))) {
        f.unit = c.p.value(QStringLiteral("unit"));
        if (!repo->findUnit(f.unit, &e))
            return c.fail(e);
    }
    const auto tasks = repo->tasks(f, {}, 0, -1, &e);
    if (e.isError())
        return c.fail(e);
    printTasks(c.out, tasks, *format, false);
    return Ok;
}

int runOverdue(const QStringList& args)
{
    Command c(tr("列出逾期任务及其牵头单位"));
    c.p.addOption({QStringLiteral("as-of"), tr("按此日期计算（默认今天）"), QStringLiteral("YYYY-MM-DD")});
    c.p.addOption({QStringLiteral("due-soon-days"), tr("同时列出此天数内到期的任务"), QStringLiteral("N")});
    c.p.addOption(formatOpt());
    if (const int code = c.parse(args, 0, 0))
        return code < 0 ? Ok : code;
    QString why;
    const auto format = formatOption(c, &why);
    const auto asOfOpt = dateOption(c, QStringLiteral("as-of"), &why);
    if (!format || !asOfOpt)
        return c.usage(why);
    int soonDays = -1;
    if (c.p.isSet(QStringLiteral("due-soon-days"))) {
        bool ok = false;
        soonDays = c.p.value(QStringLiteral("due-soon-days")).toInt(&ok);
        if (!ok || soonDays < 0)
            return c.usage(tr("--due-soon-days 应为非负整数"));
    }
    const QDate asOf = asOfOpt->isValid() ? *asOfOpt : Clock::today();
    int code = Ok;
    auto repo = c.open(true, &code);
    if (!repo)
        return code;
    StoreError e;
    const auto tasks = repo->overdue(asOf, soonDays, &e);
    if (e.isError())
        return c.fail(e);
    if (*format == ListFormat::Table) {
        // The same figures, by the same query, as the app's 逾期预警 header and the weekly report.
        DueRules rules;
        if (soonDays >= 0)
            rules.dueSoonDays = soonDays;
        const WarningFigures f = repo->warningFigures(asOf, rules, &e);
        if (e.isError())
            return c.fail(e);
        c.out << tr("截至 %1：逾期 %2 项，%3 天内到期 %4 项，欠进度 %5 项（未逾期、低于序时进度 %6 "
                    "个百分点以上），"
                    "无时限 %7 项，已办结 %8 项，共 %9 项")
                     .arg(asOf.toString(Qt::ISODate))
                     .arg(f.overdue)
                     .arg(rules.dueSoonDays)
                     .arg(f.dueSoon)
                     .arg(f.behind)
                     .arg(rules.paceTolerance)
                     .arg(f.noDeadline)
                     .arg(f.done)
                     .arg(f.total)
              << '\n';
        c.out << tr("截至 %1 的逾期任务").arg(asOf.toString(Qt::ISODate))
              << (soonDays >= 0 ? tr("（及 %1 天内到期的任务）").arg(soonDays) : QString()) << '\n';
    }
    printTasks(c.out, tasks, *format, true);
    return Ok;
}

// --- update

int runUpdate(const QStringList& args)
{
    Command c(tr("修改任务的状态、进度，或填报进展（均记入修改记录）"));
    c.p.addPositionalArgument(QStringLiteral("ID"), tr("任务编号"));
    c.p.addOption({QStringLiteral("status"), tr("新状态: not_started、in_progress、done、suspended"),
                   QStringLiteral("S")});
    c.p.addOption({QStringLiteral("percent"), tr("完成百分比 0–100"), QStringLiteral("N")});
    c.p.addOption({QStringLiteral("note"), tr("进展说明"), QStringLiteral("TEXT")});
    c.p.addOption({QStringLiteral("by"), tr("修改人（必填）"), QStringLiteral("NAME")});
    c.p.addOption({QStringLiteral("date"), tr("进展日期（默认今天）"), QStringLiteral("YYYY-MM-DD")});
    c.p.addOption({QStringLiteral("unit"), tr("填报单位"), QStringLiteral("U")});
    if (const int code = c.parse(args, 1, 1))
        return code < 0 ? Ok : code;
    QString why;
    const auto date = dateOption(c, QStringLiteral("date"), &why);
    if (!date)
        return c.usage(why);
    bool ok = false;
    const qint64 id = c.p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return c.usage(tr("任务编号“%1”无效").arg(c.p.positionalArguments().first()));
    const QString by = c.p.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty())
        return c.usage(tr("必须用 --by 注明修改人"));
    QList<TaskEdit> edits;
    if (c.p.isSet(QStringLiteral("status"))) {
        const auto s = statusFromKey(c.p.value(QStringLiteral("status")));
        if (!s)
            return c.usage(tr("未知的状态“%1”").arg(c.p.value(QStringLiteral("status"))));
        edits.append({id, TaskField::Status, int(*s)});
    }
    int percent = -1;
    if (c.p.isSet(QStringLiteral("percent"))) {
        percent = c.p.value(QStringLiteral("percent")).toInt(&ok);
        if (!ok || percent < 0 || percent > 100)
            return c.usage(tr("--percent 应为 0 到 100 之间的整数"));
    }
    const bool hasNote = c.p.isSet(QStringLiteral("note"));
    if (percent >= 0 && !hasNote)
        edits.append({id, TaskField::Percent, percent});
    if (edits.isEmpty() && !hasNote)
        return c.usage(tr("没有要修改的内容：请给出 --status、--percent 或 --note"));
    int code = Ok;
    auto repo = c.open(false, &code);
    if (!repo)
        return code;
    StoreError e;
    // Status and percent follow one rule (an open task above 0 % is in progress, a done one is at 100 %):
    // say what the rule changed besides what was asked for.
    const QVariant statusBefore = repo->fieldValue(id, TaskField::Status, &e);
    const QVariant percentBefore = repo->fieldValue(id, TaskField::Percent, &e);
    QList<QVariant> old;
    int before = 0;
    ProgressInput in;
    if (hasNote) {
        in.text = c.p.value(QStringLiteral("note"));
        in.percent = percent;
        in.author = by;
        in.date = *date;
        in.unit = c.p.value(QStringLiteral("unit")).trimmed();
    }
    // Status and note go in together or not at all.
    const bool written = hasNote ? repo->applyEditsWithProgress(id, edits, in, by, &old, &before, &e)
                                 : repo->applyEdits(edits, by, &old, &e);
    if (!written)
        return c.fail(e);
    for (int i = 0; i < edits.size(); ++i) {
        const bool isStatus = edits[i].field == TaskField::Status;
        c.out << tr("任务 %1 的%2：%3 → %4")
                     .arg(id)
                     .arg(isStatus ? tr("状态") : tr("进度"),
                          isStatus ? statusLabel(Status(old[i].toInt())) : old[i].toString(),
                          isStatus ? statusLabel(Status(edits[i].value.toInt())) : edits[i].value.toString())
              << '\n';
    }
    if (hasNote)
        c.out << tr("任务 %1 已记录进展").arg(id)
              << (percent >= 0 ? tr("，进度 %1% → %2%").arg(before).arg(percent) : QString()) << '\n';
    const QVariant statusAfter = repo->fieldValue(id, TaskField::Status, &e);
    const QVariant percentAfter = repo->fieldValue(id, TaskField::Percent, &e);
    if (!c.p.isSet(QStringLiteral("status")) && statusAfter.isValid() && statusAfter != statusBefore)
        c.out << tr("任务 %1 的状态随进度改为：%2 → %3")
                     .arg(id)
                     .arg(statusLabel(Status(statusBefore.toInt())), statusLabel(Status(statusAfter.toInt())))
              << '\n';
    if (percent < 0 && percentAfter.isValid() && percentAfter != percentBefore)
        c.out << tr("任务 %1 的进度随状态改为：%2% → %3%")
                     .arg(id)
                     .arg(percentBefore.toInt())
                     .arg(percentAfter.toInt())
              << '\n';
    return Ok;
}

// --- units

int runUnits(const QStringList& args)
{
    Command c(tr("列出单位，或把一个单位合并到另一个（原名保留为别名）"));
    c.p.addOption({QStringLiteral("merge"), tr("把单位 A 合并到单位 B（后跟两个名称：--merge A B）"),
                   QStringLiteral("A")});
    c.p.addOption({QStringLiteral("by"), tr("修改人（默认：当前登录名）"), QStringLiteral("NAME")});
    c.p.addOption(formatOpt());
    c.p.addPositionalArgument(QStringLiteral("B"), tr("合并的目标单位（与 --merge 一起用）"),
                              QStringLiteral("[B]"));
    if (const int code = c.parse(args, 0, 1))
        return code < 0 ? Ok : code;
    QString why;
    const auto format = formatOption(c, &why);
    if (!format)
        return c.usage(why);
    const bool merge = c.p.isSet(QStringLiteral("merge"));
    if (merge != (c.p.positionalArguments().size() == 1))
        return c.usage(tr("合并用法：units --merge A B"));
    int code = Ok;
    auto repo = c.open(!merge, &code);
    if (!repo)
        return code;
    StoreError e;
    if (merge) {
        const QString a = c.p.value(QStringLiteral("merge")), b = c.p.positionalArguments().first();
        const auto from = repo->findUnit(a, &e);
        if (!from)
            return c.fail(e);
        const auto into = repo->findUnit(b, &e);
        if (!into)
            return c.fail(e);
        const QString by = c.p.isSet(QStringLiteral("by")) ? c.p.value(QStringLiteral("by")) : defaultUser();
        if (!repo->mergeUnits(*from, *into, by, &e))
            return c.fail(e);
        c.out << tr("已把“%1”合并到“%2”，原名保留为别名").arg(a, b) << '\n';
        return Ok;
    }
    const auto units = repo->units(&e);
    if (e.isError())
        return c.fail(e);
    printUnits(c.out, units, *format);
    return Ok;
}

// --- backup / check

int runBackup(const QStringList& args)
{
    Command c(tr("备份数据库（程序运行中也能得到一致的副本）"));
    c.p.addPositionalArgument(QStringLiteral("PATH"), tr("备份文件，不能已存在"));
    if (const int code = c.parse(args, 1, 1))
        return code < 0 ? Ok : code;
    int code = Ok;
    auto repo = c.open(true, &code);
    if (!repo)
        return code;
    StoreError e;
    const QString target = c.p.positionalArguments().first();
    if (!repo->backup(target, &e))
        return c.fail(e);
    c.out << tr("已把 %1 备份到 %2").arg(repo->path(), target) << '\n';
    return Ok;
}

int runCheck(const QStringList& args)
{
    Command c(tr("检查数据库是否完好"));
    if (const int code = c.parse(args, 0, 0))
        return code < 0 ? Ok : code;
    int code = Ok;
    auto repo = c.open(true, &code);
    if (!repo)
        return code;
    StoreError e;
    const QStringList problems = repo->check(&e);
    if (e.isError())
        return c.fail(e);
    if (!problems.isEmpty()) {
        c.err << tr("数据库 %1 有问题：").arg(repo->path()) << '\n';
        for (const QString& p : problems)
            c.err << "  " << p << '\n';
        return DatabaseProblem;
    }
    const TaskCounts n = repo->counts();
    c.out << tr("数据库 %1 完好：结构版本 %2，%3 项任务，%4 份通知")
                 .arg(repo->path())
                 .arg(Repository::schemaVersion())
                 .arg(n.total)
                 .arg(repo->directives().size())
          << '\n';
    return Ok;
}

// --- tasks by hand: add / cancel / restore / delete

QStringList unitList(const QString& value)
{
    static const QRegularExpression sep(QStringLiteral("[、,，;；]"));
    QStringList out;
    for (const QString& u : value.split(sep, Qt::SkipEmptyParts))
        if (!u.trimmed().isEmpty())
            out << u.trimmed();
    return out;
}

int runAdd(const QStringList& args)
{
    Command c(tr("新建一项任务（提取遗漏或电话交办的任务），记入修改记录"));
    c.p.addOption({QStringLiteral("title"), tr("任务名称（必填）"), QStringLiteral("T")});
    c.p.addOption({QStringLiteral("text"), tr("任务内容"), QStringLiteral("TEXT")});
    c.p.addOption({QStringLiteral("lead"), tr("牵头单位，多个用顿号分隔"), QStringLiteral("U")});
    c.p.addOption({QStringLiteral("co"), tr("配合单位，多个用顿号分隔"), QStringLiteral("U")});
    c.p.addOption({QStringLiteral("deadline"), tr("完成时限"), QStringLiteral("YYYY-MM-DD")});
    c.p.addOption({QStringLiteral("by"), tr("录入人（必填）"), QStringLiteral("NAME")});
    if (const int code = c.parse(args, 0, 0))
        return code < 0 ? Ok : code;
    QString why;
    const auto deadline = dateOption(c, QStringLiteral("deadline"), &why);
    if (!deadline)
        return c.usage(why);
    NewTask t;
    t.title = c.p.value(QStringLiteral("title")).trimmed();
    t.text = c.p.value(QStringLiteral("text"));
    t.leadUnits = unitList(c.p.value(QStringLiteral("lead")));
    t.coUnits = unitList(c.p.value(QStringLiteral("co")));
    t.deadline = *deadline;
    const QString by = c.p.value(QStringLiteral("by")).trimmed();
    if (t.title.isEmpty())
        return c.usage(tr("必须用 --title 给出任务名称"));
    if (by.isEmpty())
        return c.usage(tr("必须用 --by 注明录入人"));
    int code = Ok;
    auto repo = c.open(false, &code);
    if (!repo)
        return code;
    StoreError e;
    const qint64 id = repo->createTask(t, by, &e);
    if (id <= 0)
        return c.fail(e);
    c.out << tr("已新建任务 %1：%2").arg(id).arg(t.title) << '\n';
    return Ok;
}

int runTaskState(const QString& name, const QStringList& args)
{
    const bool cancel = name == QLatin1String("cancel"), restore = name == QLatin1String("restore");
    Command c(cancel ? tr("撤销任务：任务不再出现在列表和报表中，保留全部记录（须写明原因）")
              : restore ? tr("恢复已撤销的任务")
                        : tr("删除任务：仅限没有任何进展和修改记录的任务"));
    c.p.addPositionalArgument(QStringLiteral("ID"), tr("任务编号"));
    c.p.addOption({QStringLiteral("by"), tr("修改人（必填）"), QStringLiteral("NAME")});
    if (cancel)
        c.p.addOption({QStringLiteral("reason"), tr("撤销原因（必填）"), QStringLiteral("TEXT")});
    if (const int code = c.parse(args, 1, 1))
        return code < 0 ? Ok : code;
    bool ok = false;
    const qint64 id = c.p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return c.usage(tr("任务编号“%1”无效").arg(c.p.positionalArguments().first()));
    const QString by = c.p.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty())
        return c.usage(tr("必须用 --by 注明修改人"));
    const QString reason = cancel ? c.p.value(QStringLiteral("reason")).trimmed() : QString();
    if (cancel && reason.isEmpty())
        return c.usage(tr("必须用 --reason 写明撤销原因"));
    int code = Ok;
    auto repo = c.open(false, &code);
    if (!repo)
        return code;
    StoreError e;
    const bool done = cancel    ? repo->cancelTask(id, reason, by, &e)
                      : restore ? repo->restoreTask(id, by, &e)
                                : repo->deleteTask(id, by, &e);
    if (!done)
        return c.fail(e);
    c.out << (cancel    ? tr("已撤销任务 %1（原因：%2）").arg(id).arg(reason)
              : restore ? tr("已恢复任务 %1").arg(id)
                        : tr("已删除任务 %1").arg(id))
          << '\n';
    return Ok;
}

} // namespace

bool isStoreCommand(const QString& name)
{
    return kCommands.contains(name);
}

int runStoreCommand(const QString& name, const QStringList& args)
{
    if (name == QLatin1String("import"))
        return runImport(args);
    if (name == QLatin1String("list"))
        return runList(args);
    if (name == QLatin1String("overdue"))
        return runOverdue(args);
    if (name == QLatin1String("update"))
        return runUpdate(args);
    if (name == QLatin1String("units"))
        return runUnits(args);
    if (name == QLatin1String("backup"))
        return runBackup(args);
    if (name == QLatin1String("check"))
        return runCheck(args);
    if (name == QLatin1String("add"))
        return runAdd(args);
    if (name == QLatin1String("cancel") || name == QLatin1String("restore") ||
        name == QLatin1String("delete"))
        return runTaskState(name, args);
    return Usage;
}

QString storeCommandsHelp()
{
    return tr("  import FILE... [--yes]                  导入任务（同一文件不会重复导入；修改版本需 --yes "
              "确认）\n"
              "  list [--unit U] [--status S] [--due-before D] [--search Q] [--format table|json|csv]\n"
              "                                          列出任务\n"
              "  overdue [--as-of D] [--due-soon-days N] 列出逾期任务及牵头单位\n"
              "  update ID [--status S] [--percent N] [--note TEXT [--date D] [--unit U]] --by NAME\n"
              "                                          修改任务（记入修改记录）\n"
              "  units [--merge A B]                     列出或合并单位\n"
              "  backup PATH                             备份数据库\n"
              "  check                                   检查数据库是否完好\n"
              "  以上命令均可用 --db PATH 指定数据库\n") +
           tr("  add --title T [--lead U] [--co U] [--deadline D] [--text T] --by NAME\n"
              "                                          新建任务（提取遗漏或电话交办）\n"
              "  cancel ID --reason R --by NAME          撤销任务（保留全部记录）；restore ID --by NAME "
              "恢复\n"
              "  delete ID --by NAME                     删除没有任何记录的任务\n");
}

} // namespace duban::cli
