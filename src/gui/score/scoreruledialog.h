#pragma once

#include "core/scoring.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace duban {

// 评分规则: the weights and deductions the office scores units by. The page keeps the last rule in
// QSettings ("score/rule"); a published ranking keeps the rule it was scored by.
class ScoreRuleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScoreRuleDialog(const ScoreRule& rule, QWidget* parent = nullptr);
    ScoreRule rule() const;
    void setRule(const ScoreRule& rule);

    static ScoreRule saved();             // QSettings "score/rule", defaults where missing
    static void save(const ScoreRule& r); // writes it there

private:
    QDoubleSpinBox* m_onTime;
    QDoubleSpinBox* m_sign;
    QDoubleSpinBox* m_report;
    QDoubleSpinBox* m_overdueTask;
    QDoubleSpinBox* m_overdueDay;
    QDoubleSpinBox* m_chase[kChaseLevels];
    QSpinBox* m_signDays;
    QCheckBox* m_coUnits;
};

} // namespace duban
