#pragma once

class QAbstractItemModel;

namespace duban {

// Announces new values in every row of a list or of a tree two levels deep (groups and their rows), as a
// model does that read its rows again and found the same ones: views keep selection, expansion and scroll.
void everyRowChanged(QAbstractItemModel& model);

} // namespace duban
