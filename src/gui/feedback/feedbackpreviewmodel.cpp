#include "gui/feedback/feedbackpreviewmodel.h"

#include "palette/warningpalette.h"

namespace duban {

void FeedbackPreviewModel::setPreview(const FeedbackPreview& preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int FeedbackPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int FeedbackPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.rows.size())
        return {};
    const FeedbackPreviewRow& r = m_preview.rows.at(index.row());
    using O = FeedbackPreviewRow::Outcome;
    if (role == OutcomeRole)
        return int(r.outcome);
    if (role == Qt::BackgroundRole) {
        const WarningPalette& p = WarningPalette::current();
        switch (r.outcome) {
        case O::Accepted:
            return p.tint(DueState::OnTrack);
        case O::Refused:
            return p.tint(DueState::Overdue);
        case O::Unchanged:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && r.outcome == O::Refused)
        return WarningPalette::current().overdue.darker(130);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Row || index.column() == TaskId || index.column() == Percent))
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole &&
        (index.column() == Detail || index.column() == Progress || index.column() == Title))
        return index.column() == Detail ? r.detail : index.column() == Progress ? r.text : r.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Row:
        return r.sheetRow;
    case Outcome:
        return r.outcome == O::Accepted ? tr("导入") : r.outcome == O::Refused ? tr("拒绝") : tr("不变");
    case TaskId:
        return r.taskId > 0 ? QVariant(r.taskId) : QVariant();
    case Title:
        return r.title;
    case Progress:
        return r.text;
    case Percent:
        return r.percent >= 0 ? QVariant(QStringLiteral("%1%").arg(r.percent)) : QVariant(r.percentText);
    case Status:
        return r.status ? statusLabel(*r.status) : r.statusText;
    case Author:
        return r.author;
    case Detail:
        return r.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FeedbackPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Row:
        return tr("行");
    case Outcome:
        return tr("结果");
    case TaskId:
        return tr("任务编号");
    case Title:
        return tr("重点任务");
    case Progress:
        return tr("进展情况");
    case Percent:
        return tr("进度");
    case Status:
        return tr("状态");
    case Author:
        return tr("填报人");
    case Detail:
        return tr("变化或原因");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace duban
