#include "gui/import/importjob.h"

#include "extract/documentreader.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace duban {

namespace {
// Runs the extractor, forwarding progress and honouring cancellation through the promise.
ImportOutcome extractInto(QPromise<ImportOutcome>& promise, ImportOutcome out)
{
    if (!out.error.isEmpty())
        return out;
    promise.setProgressRange(0, int(out.doc.lines.size()));
    if (out.doc.recognised())
        promise.setProgressValueAndText(0, QCoreApplication::translate("ImportJob", "正在提取任务…"));
    Extractor extractor;
    out.result = extractor.extract(out.doc, [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    out.canceled = promise.isCanceled();
    return out;
}
} // namespace

ImportJob::ImportJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int v) { emit progress(v, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this, &ImportJob::progressText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        ImportOutcome out;
        const QFuture<ImportOutcome> f = m_watcher.future();
        if (f.isCanceled() || f.resultCount() == 0)
            out.canceled = true;
        else
            out = f.result();
        emit finished(out);
    });
}

ImportJob::~ImportJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(std::function<ImportOutcome(QPromise<ImportOutcome>&)> work)
{
    m_watcher.setFuture(QtConcurrent::run([work](QPromise<ImportOutcome>& promise) {
        ImportOutcome out = work(promise);
        if (!promise.isCanceled())
            promise.addResult(std::move(out));
    }));
}

void ImportJob::startFile(const QString& path)
{
    start([path](QPromise<ImportOutcome>& promise) {
        ImportOutcome out;
        ReadLimits limits;
        // Scans are recognised page by page: say which page, and let cancel stop Tesseract mid-page.
        // Tesseract's cancel check calls this many times a page: report only when the page changes. The
        // value runs one ahead (0 would not be reported), so the first page is named as it starts.
        limits.progress = [&promise, last = -1](int done, int total) mutable {
            if (done != last) {
                last = done;
                promise.setProgressRange(0, total + 1);
                promise.setProgressValueAndText(
                    done + 1, QCoreApplication::translate("ImportJob", "正在识别第 %1/%2 页…")
                                  .arg(std::min(done + 1, total))
                                  .arg(total));
            }
            return !promise.isCanceled();
        };
        // Cancel (or closing the window) reaches a LibreOffice conversion, the PDF page loop and the XML
        // parse.
        limits.cancelled = [&promise] { return promise.isCanceled(); };
        ReadResult read = DocumentReader::read(path, limits);
        out.doc = read.doc;
        out.error = read.error;
        return extractInto(promise, std::move(out));
    });
}

void ImportJob::startText(const QString& text, const QString& name)
{
    start([text, name](QPromise<ImportOutcome>& promise) {
        ImportOutcome out;
        out.doc = DocumentReader::fromText(text, name);
        return extractInto(promise, std::move(out));
    });
}

void ImportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace duban
