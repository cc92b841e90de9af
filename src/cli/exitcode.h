#pragma once

#include "store/repository.h"

namespace duban::cli {

// Exit codes of every duban-cli command (README, section duban-cli):
//   0 done;
//   1 usage: the command line is wrong (unknown command or option, missing or extra argument, a value not in
//     its form: a date, a number, a format, a status, a week);
//   2 bad input: what the command line names is wrong (a file missing, unreadable or not a document, no such
//     task or unit, an output file that cannot be written, a change the data refuses);
//   3 database problem: the database is missing, not Duban's, newer than this program, read-only, broken, or
//     held by another program past the busy timeout (the store cannot always tell the last two apart);
//   4 conflict: the task was changed by another program since it was read (StoreError::Conflict, from the
//     guarded edits; today's commands read and write in one transaction and so never meet one).
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, DatabaseProblem = 3, Conflict = 4 };

inline int exitCodeFor(const StoreError& e)
{
    switch (e.kind) {
    case StoreError::None:
        return Ok;
    case StoreError::BadInput:
        return BadInput;
    case StoreError::Conflict:
        return Conflict;
    default:
        return DatabaseProblem;
    }
}

} // namespace duban::cli
