#include "cli/documentfiles.h"

namespace duban::cli {

void addDocumentOptions(QCommandLineParser& p, const QString& filesHelp, const QString& formatHelp,
                        const QStringList& formats)
{
    p.addPositionalArgument(QStringLiteral("FILE"), filesHelp, QStringLiteral("FILE..."));
    p.addOption(
        {{QStringLiteral("f"), QStringLiteral("format")}, formatHelp, formats.join(u'|'), formats.first()});
}

int readDocuments(CommandContext& c, const QStringList& formats, const DocumentVisitor& visit,
                  QString* format)
{
    const QString chosen = c.options.value(QStringLiteral("format"));
    if (!formats.contains(chosen))
        return c.usageError(tr("未知的输出格式: %1（可选 %2）").arg(chosen, formats.join(tr(" 或 "))));
    *format = chosen;
    int code = Ok;
    const QStringList files = c.options.positionalArguments();
    for (const QString& path : files) {
        const ReadResult r = DocumentReader::read(path);
        if (!r.ok())
            code = c.failure(r.error, BadInput);
        else
            visit(path, r.doc, chosen, int(files.size()));
    }
    return code;
}

} // namespace duban::cli
