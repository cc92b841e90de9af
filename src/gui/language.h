#pragma once

#include <QString>

class QCoreApplication;

namespace duban {

// UI language: Simplified Chinese is the source language; English comes from duban_en.qm.
// The choice is stored in QSettings ("ui/language": "" = follow the system, "zh_CN", "en").
QString languageSetting();
void setLanguageSetting(const QString& code);
// The language to use now: the setting, else the system locale (zh default for anything not English).
QString effectiveLanguage();
// Installs the app's (and Qt's own, when present) translators for the effective language.
void installTranslators(QCoreApplication* app, const QString& language = effectiveLanguage());

} // namespace duban
