#include "cli/cancelcommand.h"

namespace duban::cli {

QString CancelCommand::summary() const
{
    return tr("撤销任务：任务不再出现在列表和报表中，保留全部记录（须写明原因）");
}

void CancelCommand::addStateOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("reason"), tr("撤销原因（必填）"), QStringLiteral("TEXT")});
}

bool CancelCommand::checkOptions(const QCommandLineParser& p, QString* why)
{
    m_reason = p.value(QStringLiteral("reason")).trimmed();
    if (m_reason.isEmpty()) {
        *why = tr("必须用 --reason 写明撤销原因");
        return false;
    }
    return true;
}

bool CancelCommand::apply(Repository& repo, qint64 id, const QString& by, StoreError* e)
{
    return repo.cancelTask(id, m_reason, by, e);
}

QString CancelCommand::done(qint64 id) const
{
    return tr("已撤销任务 %1（原因：%2）").arg(id).arg(m_reason);
}

} // namespace duban::cli
