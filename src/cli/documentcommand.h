#pragma once

#include "cli/command.h"
#include "extract/documentreader.h"

namespace duban::cli {

// A command over document files (extract, text): FILE... and --format, each file read by DocumentReader;
// a file that cannot be read is reported and the others still done (exit code BadInput).
class DocumentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::DocumentCommand)

public:
    // formats: the --format values, the first the default.
    DocumentCommand(QString name, QStringList formats);

protected:
    void addSharedOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {1, -1}; }
    QString wrongArgumentsMessage() const override;
    int execute(const QCommandLineParser& p) override;

    virtual QString formatHelp() const = 0;
    virtual QString filesHelp() const = 0;
    // Called for each file read, in order, then once at the end.
    virtual void read(const QString& path, const SourceDocument& doc, const QString& format, int files) = 0;
    virtual void finish(const QString& format) = 0;

private:
    QStringList m_formats;
};

} // namespace duban::cli
