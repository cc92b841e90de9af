#include "cli/documentcommand.h"

namespace duban::cli {

DocumentCommand::DocumentCommand(QString name, QStringList formats)
    : Command(std::move(name)), m_formats(std::move(formats))
{
}

void DocumentCommand::addSharedOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("FILE"), filesHelp(), QStringLiteral("FILE..."));
    p.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                 formatHelp(),
                 m_formats.join(u'|'),
                 m_formats.first()});
}

QString DocumentCommand::wrongArgumentsMessage() const
{
    return tr("请指定至少一个文件。");
}

int DocumentCommand::execute(const QCommandLineParser& p)
{
    const QString format = p.value(QStringLiteral("format"));
    if (!m_formats.contains(format))
        return usageError(tr("未知的输出格式: %1（可选 %2）").arg(format, m_formats.join(tr(" 或 "))));
    int code = Ok;
    const QStringList files = p.positionalArguments();
    for (const QString& path : files) {
        const ReadResult r = DocumentReader::read(path);
        if (!r.ok())
            code = failure(r.error, BadInput);
        else
            read(path, r.doc, format, int(files.size()));
    }
    finish(format);
    return code;
}

} // namespace duban::cli
