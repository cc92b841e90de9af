#pragma once

#include "store/repository.h"
#include "store/taskrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace duban {

// Deadlines for the liaisons' calendars (RFC 5545): one all-day event per open task with a deadline, a
// reminder the day before. UIDs stay the same from one export to the next (the task id and the database
// it lives in), so a calendar that imports the file again updates its events instead of doubling them.

// Open tasks with a deadline, earliest first; of one unit (lead or co, name or alias) when unit is set.
QList<TaskRecord> icsTasks(Repository& repo, const QString& unit, StoreError* error = nullptr);
// uidScope tells databases apart in the UIDs (e.g. a hash of the database path); stamp is DTSTAMP.
QByteArray icsCalendar(const QList<TaskRecord>& tasks, const QString& uidScope, const QDateTime& stamp);
bool writeIcs(Repository& repo, const QString& unit, const QString& path, int* written, QString* error);

// RFC 5545 text: \ ; , escaped, line breaks as \n. Lines folded at 75 octets, never inside a character.
QString icsEscape(const QString& text);
QByteArray icsFold(const QByteArray& line);

} // namespace duban
