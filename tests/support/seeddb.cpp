#include "seeddb.h"

#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "testpaths.h"

#include <QFileInfo>

namespace duban::test {

const QStringList& seedNames()
{
    static const QStringList names{
        QStringLiteral("000_7a037b8ad0d2ffa7.txt"), QStringLiteral("001_b627dadf859ee7b6.txt"),
        QStringLiteral("002_d0bee7f88f53cd37.txt"), QStringLiteral("003_479aee0222ce5ecb.txt"),
        QStringLiteral("004_965ab3e643975aa5.txt")};
    return names;
}

ImportBatch batchFor(const QString& seedOrPath, QString* error)
{
    const QString path = QFileInfo(seedOrPath).isAbsolute() ? seedOrPath : seed(seedOrPath);
    const ReadResult r = DocumentReader::read(path);
    ImportBatch batch;
    if (!r.ok()) {
        if (error)
            *error = path + QStringLiteral(": ") + r.error;
        return batch;
    }
    const ExtractionResult x = Extractor().extract(r.doc);
    batch.sourceFile = QFileInfo(path).fileName();
    batch.contentHash = ImportBatch::hashOf(r.doc.lines);
    batch.directives = x.directives;
    batch.tasks = x.tasks;
    batch.importedBy = QStringLiteral("测试");
    return batch;
}

bool importSeed(Repository& repo, const QString& seedOrPath, QString* error)
{
    QString readError;
    const ImportBatch batch = batchFor(seedOrPath, &readError);
    if (batch.tasks.isEmpty()) {
        if (error)
            *error = readError.isEmpty() ? seedOrPath + QStringLiteral(": no tasks extracted") : readError;
        return false;
    }
    StoreError e;
    if (!repo.applyImport(batch, true, nullptr, &e)) {
        if (error)
            *error = seedOrPath + QStringLiteral(": ") + e.message;
        return false;
    }
    return true;
}

std::unique_ptr<Repository> seededDatabase(const QString& path, const QStringList& seeds, QString* error)
{
    StoreError e;
    auto repo = Repository::open(path, {}, &e);
    if (!repo) {
        if (error)
            *error = e.message;
        return nullptr;
    }
    for (const QString& name : seeds) {
        if (!importSeed(*repo, name, error))
            return nullptr;
    }
    return repo;
}

} // namespace duban::test
