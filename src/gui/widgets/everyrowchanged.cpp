#include "gui/widgets/everyrowchanged.h"

#include <QAbstractItemModel>

namespace duban {

void everyRowChanged(QAbstractItemModel& model)
{
    const int rows = model.rowCount(), last = model.columnCount() - 1;
    if (rows == 0 || last < 0)
        return;
    emit model.dataChanged(model.index(0, 0), model.index(rows - 1, last));
    for (int r = 0; r < rows; ++r) {
        const QModelIndex parent = model.index(r, 0);
        if (const int n = model.rowCount(parent); n > 0)
            emit model.dataChanged(model.index(0, 0, parent), model.index(n - 1, last, parent));
    }
}

} // namespace duban
