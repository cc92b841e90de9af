#include "cli/taskstate.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    addTaskStateOptions(p);
    p.addOption({QStringLiteral("reason"), tr("撤销原因（必填）"), QStringLiteral("TEXT")});
}

// `cancel ID --reason R --by NAME`: the task leaves lists and reports; its records stay.
int run(CommandContext& c)
{
    const QString reason = c.options.value(QStringLiteral("reason")).trimmed();
    const auto check = [&](QString* why) {
        if (reason.isEmpty())
            *why = tr("必须用 --reason 写明撤销原因");
        return !reason.isEmpty();
    };
    const auto apply = [&](Repository& repo, qint64 id, const QString& by, StoreError* e) {
        return repo.cancelTask(id, reason, by, e);
    };
    return changeTaskState(
        c, {check, apply, [&](qint64 id) { return tr("已撤销任务 %1（原因：%2）").arg(id).arg(reason); }});
}

} // namespace

extern const CommandSpec cancelCommand = taskStateCommand(
    "cancel",
    QT_TRANSLATE_NOOP("duban::cli", "撤销任务：任务不再出现在列表和报表中，保留全部记录（须写明原因）"),
    addOptions, run);

} // namespace duban::cli
