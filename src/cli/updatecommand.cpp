#include "cli/command.h"
#include "cli/options.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("任务编号"));
    p.addOption({QStringLiteral("status"), tr("新状态: not_started、in_progress、done、suspended"),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("percent"), tr("完成百分比 0–100"), QStringLiteral("N")});
    p.addOption({QStringLiteral("note"), tr("进展说明"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("by"), tr("修改人（必填）"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("date"), tr("进展日期（默认今天）"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("unit"), tr("填报单位"), QStringLiteral("U")});
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto date = dateOption(p, QStringLiteral("date"), &why);
    if (!date)
        return c.usageError(why);
    const auto taskNumber = taskId(p, &why);
    const auto author = taskNumber ? requiredBy(p, &why) : std::nullopt;
    if (!author)
        return c.usageError(why);
    const qint64 id = *taskNumber;
    const QString by = *author;
    bool ok = false;
    QList<TaskEdit> edits;
    const auto status = statusOption(p, &why);
    if (!status)
        return c.usageError(why);
    if (*status)
        edits.append({id, TaskField::Status, int(**status)});
    int percent = -1;
    if (p.isSet(QStringLiteral("percent"))) {
        percent = p.value(QStringLiteral("percent")).toInt(&ok);
        if (!ok || percent < 0 || percent > 100)
            return c.usageError(tr("--percent 应为 0 到 100 之间的整数"));
    }
    const bool hasNote = p.isSet(QStringLiteral("note"));
    if (percent >= 0 && !hasNote)
        edits.append({id, TaskField::Percent, percent});
    if (edits.isEmpty() && !hasNote)
        return c.usageError(tr("没有要修改的内容：请给出 --status、--percent 或 --note"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    // Status and percent follow one rule (an open task above 0 % is in progress, a done one is at 100 %):
    // say what the rule changed besides what was asked for.
    const QVariant statusBefore = repo->fieldValue(id, TaskField::Status, &e);
    const QVariant percentBefore = repo->fieldValue(id, TaskField::Percent, &e);
    QList<QVariant> old;
    int before = 0;
    ProgressInput in;
    if (hasNote) {
        in.text = p.value(QStringLiteral("note"));
        in.percent = percent;
        in.author = by;
        in.date = *date;
        in.unit = p.value(QStringLiteral("unit")).trimmed();
    }
    // Status and note go in together or not at all.
    const bool written = hasNote ? repo->applyEditsWithProgress(id, edits, in, by, &old, &before, &e)
                                 : repo->applyEdits(edits, by, &old, &e);
    if (!written)
        return c.storeFailure(e);
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
    if (!p.isSet(QStringLiteral("status")) && statusAfter.isValid() && statusAfter != statusBefore)
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

} // namespace

extern const CommandSpec updateCommand =
    CommandSpec("update",
                QT_TRANSLATE_NOOP("duban::cli", "修改任务的状态、进度，或填报进展（均记入修改记录）"),
                Access::Writes, addOptions, run)
        .arguments(1, 1);

} // namespace duban::cli
