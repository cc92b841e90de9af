#pragma once

#include "cli/storeoutput.h"

#include <QCommandLineParser>
#include <QDate>
#include <array>
#include <optional>

namespace duban::cli {

// Option values several commands read the same way. Each returns nullopt with *why set to the message
// for a usage error.

// An absent option gives an invalid QDate; 2024-06-30, 2024/6/30, 20240630 and 2024年6月30日 are read.
std::optional<QDate> dateOption(const QCommandLineParser& p, const QString& name, QString* why);
// Date options read in turn: every one, or nullopt with *why for the first that is not a date.
template <std::size_t N>
std::optional<std::array<QDate, N>> dateOptions(const QCommandLineParser& p, const char* const (&names)[N],
                                                QString* why)
{
    std::array<QDate, N> dates;
    for (std::size_t i = 0; i < N; ++i) {
        const std::optional<QDate> d = dateOption(p, QLatin1String(names[i]), why);
        if (!d)
            return std::nullopt;
        dates[i] = *d;
    }
    return dates;
}
// --format table|json|csv, for the commands that print task and unit lists.
QCommandLineOption listFormatOption();
std::optional<ListFormat> listFormat(const QCommandLineParser& p, QString* why);
// The positional task ID.
std::optional<qint64> taskId(const QCommandLineParser& p, QString* why);
// --by NAME, required on the commands that change a task.
std::optional<QString> requiredBy(const QCommandLineParser& p, QString* why);
// --by NAME when given, else the login name.
QString byOrLogin(const QCommandLineParser& p);
// --status S for the commands that filter or set it: nullopt (no filter) when absent.
std::optional<std::optional<Status>> statusOption(const QCommandLineParser& p, QString* why);
// Exactly one of two output options (report: --pdf or --html; gantt: --pdf or --png; export: --xlsx or
// --csv): the file named, and whether it was the first option.
struct OutputFile
{
    QString path;
    bool first = true;
};
std::optional<OutputFile> oneOutputFile(const QCommandLineParser& p, const QString& first,
                                        const QString& second, QString* why);

} // namespace duban::cli
