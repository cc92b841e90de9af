#pragma once

#include "palette/warningpalette.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace duban {

// 预警设置: the due-soon window, the pace tolerance and the warning colours, from a preset or picked
// one by one; the 签收 window and the names and colours of the 催办 levels. The caller stores the result
// (WarningPalette::setCurrent) and reloads the views.
class WarningSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WarningSettingsDialog(const WarningPalette& palette, QWidget* parent = nullptr);

    WarningPalette palette() const { return m_palette; }
    void setPalette(const WarningPalette& p);
    void applyPreset(const QString& key);

private:
    enum Slot { Overdue, DueSoon, OnTrack, BehindPace, Done, Chase1, Chase2, Chase3, SlotCount };
    QColor& color(Slot s);
    void pickColor(Slot s);
    void showPalette();
    QString chaseChips() const;

    WarningPalette m_palette;
    QComboBox* m_preset;
    QSpinBox* m_soonDays;
    QSpinBox* m_tolerance;
    QSpinBox* m_signDays;
    QLineEdit* m_chaseNames[kChaseLevels] = {};
    QPushButton* m_buttons[SlotCount] = {};
    QLabel* m_preview;
};

} // namespace duban
