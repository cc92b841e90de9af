#pragma once

#include "cli/documentcommand.h"

#include <QJsonArray>

namespace duban::cli {

// `text FILE... [--format text|json]`: the text Duban read from each file, so a user (and a test) sees
// exactly what extraction worked on, and where each line came from.
class TextCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::TextCommand)

public:
    TextCommand();
    QString summary() const override;

protected:
    QString formatHelp() const override;
    QString filesHelp() const override;
    void read(const QString& path, const SourceDocument& doc, const QString& format, int files) override;
    void finish(const QString& format) override;

private:
    QJsonArray m_documents;
};

} // namespace duban::cli
