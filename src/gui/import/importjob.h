#pragma once

#include "gui/import/importoutcome.h"

#include <QFutureWatcher>
#include <QObject>

namespace duban {

// Reads and extracts a document off the GUI thread. Progress is reported in lines; cancel() makes the
// extractor's progress callback return false, so a large document stops promptly.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    void startFile(const QString& path);
    void startText(const QString& text, const QString& name);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    // Blocks until the running job ends (tests, shutdown).
    void waitForFinished() { m_watcher.waitForFinished(); }

signals:
    void progress(int done, int total);
    void progressText(const QString& text); // what the slow step is doing ("正在识别第 2/5 页…")
    void finished(const duban::ImportOutcome& outcome);

private:
    void start(std::function<ImportOutcome(QPromise<ImportOutcome>&)> work);
    QFutureWatcher<ImportOutcome> m_watcher;
};

} // namespace duban
