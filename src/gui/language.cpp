#include "gui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace duban {

QString languageSetting()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguageSetting(const QString& code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString effectiveLanguage()
{
    const QString chosen = languageSetting();
    if (!chosen.isEmpty())
        return chosen;
    // Chinese users are the audience: only an explicitly English system gets English.
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

void installTranslators(QCoreApplication* app, const QString& language)
{
    // Our .qm files are compiled into the binary under :/i18n by qt_add_translations.
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/duban_") + language))
        app->installTranslator(ours);
    else
        delete ours;
    // Qt's own strings (standard buttons, dialogs) when the translations package is installed.
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(
        QLocale(language == QStringLiteral("en") ? QStringLiteral("en_US") : QStringLiteral("zh_CN")));
}

} // namespace duban
