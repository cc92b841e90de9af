#pragma once

#include "exchange/feedbackimport.h"

#include <QAbstractTableModel>

namespace duban {

// The rows of a returned feedback sheet as the import dialog lists them: accepted, unchanged and
// refused rows in sheet order, each tinted by outcome (WarningPalette colours).
class FeedbackPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Row, Outcome, Detail, TaskId, Title, Progress, Percent, Status, Author, ColumnCount };
    static constexpr int OutcomeRole = Qt::UserRole + 1; // int(FeedbackPreviewRow::Outcome)

    using QAbstractTableModel::QAbstractTableModel;
    void setPreview(const FeedbackPreview& preview);
    const FeedbackPreview& preview() const { return m_preview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FeedbackPreview m_preview;
};

} // namespace duban
