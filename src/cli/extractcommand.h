#pragma once

#include "cli/documentcommand.h"
#include "core/taskdraft.h"
#include "extract/extractor.h"

#include <memory>

namespace duban::cli {

// `extract FILE... [--format table|json]`: the tasks found in each file.
class ExtractCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::ExtractCommand)

public:
    ExtractCommand();
    QString summary() const override;

protected:
    QString formatHelp() const override;
    QString filesHelp() const override;
    void read(const QString& path, const SourceDocument& doc, const QString& format, int files) override;
    void finish(const QString& format) override;

private:
    std::unique_ptr<Extractor> m_extractor; // made for the first file
    QList<TaskDraft> m_tasks;
};

} // namespace duban::cli
