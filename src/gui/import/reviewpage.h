#pragma once

#include "gui/import/importoutcome.h"
#include "gui/import/reviewmodel.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ReviewPage;
}

namespace duban {

class PageImageView;

// The review screen: extracted tasks beside the source text. Nothing here touches the database;
// the page says what the reviewer accepted and the main window stores it.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);
    ~ReviewPage() override;

    void setOutcome(const ImportOutcome& outcome);
    // Re-import of a changed directive: per-draft change kinds, and tasks the new version drops.
    void setDiff(const QList<ReviewModel::ChangeKind>& kinds, const QStringList& removedTitles);
    void setUnitNames(const QStringList& names);

    const ImportOutcome& outcome() const { return m_outcome; }
    ReviewModel* model() const { return m_model; }
    void selectRow(int row);

signals:
    void accepted(const QList<duban::TaskDraft>& drafts);
    void rejected();

private:
    void showCurrent();
    void updateSummary();
    QList<int> selectedRows() const;

    std::unique_ptr<Ui::ReviewPage> ui;
    ReviewModel* m_model;
    ImportOutcome m_outcome;
    int m_removedCount = 0;
    PageImageView* m_pageView; // the scan beside its recognised text; hidden for documents with a text layer
    QList<int> m_doubtful;     // 1-based lines recognised with low confidence
};

} // namespace duban
