#include "gui/workflow/signflag.h"

#include "palette/warningpalette.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>
#include <QStyle>

namespace duban {

namespace {
struct SignFlag
{
    Q_DECLARE_TR_FUNCTIONS(SignFlag)
};
} // namespace

QIcon signLateIcon()
{
    return QApplication::style() ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                 : QIcon();
}

QString signLateText(const QList<LateSign>& late, int limit)
{
    if (late.isEmpty())
        return {};
    QStringList lines;
    for (const LateSign& l : late) {
        const QString who = l.unit.isEmpty() ? SignFlag::tr("任务") : l.unit;
        QString line = SignFlag::tr("%1 %2 交办，%3 个工作日内未签收")
                           .arg(who, l.assignedOn.toString(Qt::ISODate))
                           .arg(limit);
        if (l.signedOn.isValid())
            line += SignFlag::tr("（%1 签收）").arg(l.signedOn.toString(Qt::ISODate));
        lines << line;
    }
    return SignFlag::tr("签收超时：%1").arg(lines.join(SignFlag::tr("；")));
}

QVariant signLateCell(const QHash<qint64, QList<LateSign>>& late, qint64 taskId, int role)
{
    if (role != Qt::DecorationRole && role != Qt::ToolTipRole)
        return {};
    const auto it = late.constFind(taskId);
    if (it == late.cend())
        return {};
    if (role == Qt::DecorationRole)
        return signLateIcon();
    return signLateText(*it, WarningPalette::current().signWorkingDays);
}

} // namespace duban
