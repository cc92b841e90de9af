#include "store/taskrecord.h"

namespace duban {

void TaskRecord::derive(const QDate& asOf, const DueRules& rules)
{
    // Judged by the original deadline, the record shows it too: its days overdue count from it.
    if (rules.byOriginalDeadline && originalDeadline.isValid())
        deadline = originalDeadline;
    due = dueState(status, deadline, asOf, rules);
    pace = duban::pace(status, percent, startDate, deadline, asOf, rules);
    daysOverdue = due == DueState::Overdue ? duban::daysOverdue(deadline, asOf) : 0;
    daysLeft = deadline.isValid() && deadline >= asOf ? int(asOf.daysTo(deadline)) : 0;
}

} // namespace duban
