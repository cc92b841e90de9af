#pragma once

#include "store/repository.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ScorePage;
}

class QTableView;

namespace duban {

class BackgroundLoad;

class RecordTableModel;
class TaskEditor;

// 考评: the units ranked for a period by the office's rule, replayed from the audit trail to an as-of
// day; published rankings kept with their rule (and checked against a recomputation when shown);
// export to .xlsx.
class ScorePage : public QWidget
{
    Q_OBJECT
public:
    explicit ScorePage(TaskEditor* editor, QWidget* parent = nullptr);
    ~ScorePage() override;

    // Recomputes now if shown, else when next shown (edits elsewhere, another database).
    void reload();
    void setPeriod(const ScorePeriod& period);
    ScorePeriod period() const;
    ScoreRule rule() const { return m_rule; }
    void setRule(const ScoreRule& rule); // also remembered in QSettings
    QList<UnitScore> scores() const { return m_scores; }
    RecordTableModel* model() const { return m_model; }
    QTableView* table() const;

    void compute();
    // Stores the ranking shown (through TaskEditor); returns the run's id, 0 on failure.
    qint64 publish(QString* error = nullptr);
    bool exportXlsx(const QString& path, QString* error);
    // Shows a published run (index in the run list, 0 = the live computation).
    void showRun(int index);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadRuns();
    void showScores(const QList<UnitScore>& scores);
    void updateRuleLabel();
    void editRule();
    void publishDialog();
    void exportDialog();

    std::unique_ptr<Ui::ScorePage> ui;
    TaskEditor* m_editor;
    RecordTableModel* m_model;
    ScoreRule m_rule;      // the office's rule (settings), used to compute and publish
    ScoreRule m_shownRule; // the rule of what the table shows (a published run keeps its own)
    QList<UnitScore> m_scores;
    QList<ScoreRun> m_runs;
    bool m_dirty = true;
    BackgroundLoad* m_loader;
};

} // namespace duban
