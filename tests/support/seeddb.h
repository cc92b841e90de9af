#pragma once

// A database holding real directives: the seed gazettes (../shared/seeds) or any fixture file, read and
// extracted as the app does on import, then stored in one transaction. Shared by the store, report, CLI
// and GUI tests.
#include "store/repository.h"

#include <QString>
#include <QStringList>

namespace duban::test {

// The five 驻马店 gazettes, in file order.
const QStringList& seedNames();

// Reads and extracts a document (a seed name, or a path) into an import batch: tasks and directives.
ImportBatch batchFor(const QString& seedOrPath, QString* error = nullptr);

// Imports one seed (or file) into the repository; false with *error on a read or store failure.
bool importSeed(Repository& repo, const QString& seedOrPath, QString* error = nullptr);

// Creates (or opens) the database at path and imports the given seeds; nullptr with *error on failure.
std::unique_ptr<Repository> seededDatabase(const QString& path, const QStringList& seeds,
                                           QString* error = nullptr);

} // namespace duban::test
