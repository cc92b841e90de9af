#pragma once

// One table per enum of its stored key and its Chinese label, instead of a switch for each direction:
//     constexpr EnumName<Status> kNames[] = {{Status::Done, "done", QT_TRANSLATE_NOOP("Status", "已办结")},
//     …};
// Labels are source texts of the given translation context (lupdate finds them through QT_TRANSLATE_NOOP).
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace duban {

template <typename E> struct EnumName
{
    E value;
    const char* key;
    const char* label;
};

template <typename E, std::size_t N> QString enumKey(const EnumName<E> (&names)[N], E value)
{
    for (const EnumName<E>& n : names)
        if (n.value == value)
            return QString::fromLatin1(n.key);
    return {};
}

template <typename E, std::size_t N>
QString enumLabel(const char* context, const EnumName<E> (&names)[N], E value)
{
    for (const EnumName<E>& n : names)
        if (n.value == value)
            return QCoreApplication::translate(context, n.label);
    return {};
}

// By key (any case), by translated label, or by the Chinese source label (typed in an English UI).
template <typename E, std::size_t N>
std::optional<E> enumFromName(const char* context, const EnumName<E> (&names)[N], const QString& name)
{
    const QString k = name.trimmed();
    for (const EnumName<E>& n : names)
        if (k.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0 ||
            k == QCoreApplication::translate(context, n.label) || k == QString::fromUtf8(n.label))
            return n.value;
    return std::nullopt;
}

} // namespace duban
