#include "cli/options.h"

#include "cli/clitext.h"
#include "core/dateinput.h"

namespace duban::cli {

std::optional<QDate> dateOption(const QCommandLineParser& p, const QString& name, QString* why)
{
    if (!p.isSet(name))
        return QDate();
    const QDate d = parseTypedDate(p.value(name));
    if (!d.isValid()) {
        *why = tr("--%1 的日期“%2”无效，应为 YYYY-MM-DD").arg(name, p.value(name));
        return std::nullopt;
    }
    return d;
}

QCommandLineOption listFormatOption()
{
    return {{QStringLiteral("f"), QStringLiteral("format")},
            tr("输出格式: table、json 或 csv"),
            QStringLiteral("table|json|csv"),
            QStringLiteral("table")};
}

std::optional<ListFormat> listFormat(const QCommandLineParser& p, QString* why)
{
    const auto f = listFormatFromKey(p.value(QStringLiteral("format")));
    if (!f)
        *why = tr("未知的输出格式“%1”，可用 table、json、csv").arg(p.value(QStringLiteral("format")));
    return f;
}

std::optional<qint64> taskId(const QCommandLineParser& p, QString* why)
{
    const QString text = p.positionalArguments().value(0);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *why = tr("任务编号“%1”无效").arg(text);
        return std::nullopt;
    }
    return id;
}

std::optional<QString> requiredBy(const QCommandLineParser& p, QString* why)
{
    const QString by = p.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty()) {
        *why = tr("必须用 --by 注明修改人");
        return std::nullopt;
    }
    return by;
}

QString byOrLogin(const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("by")))
        return p.value(QStringLiteral("by"));
    const QString u = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return u.isEmpty() ? QStringLiteral("duban-cli") : u;
}

std::optional<std::optional<Status>> statusOption(const QCommandLineParser& p, QString* why)
{
    const QString name = QStringLiteral("status");
    if (!p.isSet(name))
        return std::optional<Status>();
    const auto s = statusFromKey(p.value(name));
    if (!s) {
        *why = tr("未知的状态“%1”").arg(p.value(name));
        return std::nullopt;
    }
    return s;
}

std::optional<OutputFile> oneOutputFile(const QCommandLineParser& p, const QString& first,
                                        const QString& second, QString* why)
{
    if (p.isSet(first) == p.isSet(second)) {
        *why = tr("请用 --%1 FILE 或 --%2 FILE 指定一个输出文件").arg(first, second);
        return std::nullopt;
    }
    return OutputFile{p.isSet(first) ? p.value(first) : p.value(second), p.isSet(first)};
}

} // namespace duban::cli
