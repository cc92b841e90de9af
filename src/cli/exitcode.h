#pragma once

#include "store/repository.h"

namespace duban::cli {

// Exit codes of every duban-cli command (README, section duban-cli):
//   0 done;
//   1 usage: the command line is wrong (unknown command or option, missing or extra argument, a value not in
//     its form: a date, a number, a format, a status, a week);
//   2 bad input: what the command line names is wrong (a file missing, unreadable or not a document, no such
//     task or unit, an output file that cannot be written, a change the data refuses);
//   3 database problem: the database is missing, not Duban's, newer than this program, read-only or broken;
//   4 conflict: another program changed the task since it was read or held the database too long; running
//     the command again may succeed.
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, DatabaseProblem = 3, Conflict = 4 };

inline int exitCodeFor(const StoreError& e)
{
    switch (e.kind) {
    case StoreError::None:
        return Ok;
    case StoreError::BadInput:
        return BadInput;
    case StoreError::Conflict:
    case StoreError::Locked:
        return Conflict;
    default:
        return DatabaseProblem;
    }
}

} // namespace duban::cli
