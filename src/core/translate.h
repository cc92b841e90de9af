#pragma once

#include <QCoreApplication>
#include <initializer_list>

namespace duban {

// Free functions named tr() give lupdate no class to name the context after, so it files their
// strings under the enclosing namespace (duban::cli, duban::store, …). Looking the text up under each
// context it may have been filed in keeps the .ts files as lupdate writes them.
inline QString translateIn(std::initializer_list<const char*> contexts, const char* text)
{
    for (const char* context : contexts) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QString::fromUtf8(text))
            return t;
    }
    return QString::fromUtf8(text);
}

} // namespace duban
