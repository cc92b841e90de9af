// A second program on the same database, standing in for another Duban window: records progress
// notes, changes statuses and undoes its own changes the way the app's undo does (only over the value
// it wrote). Prints one line per operation: "ok note TASK TEXT", "ok edit TASK", "ok undo TASK",
// "conflict undo TASK MESSAGE" or "fail KIND MESSAGE"; used by test_cli_concurrency.
#include "store/repository.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace duban;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 1;
    const QString db = args[1], name = args[2];
    const int rounds = args[3].toInt();
    QList<qint64> ids;
    for (const QString& id : args[4].split(u','))
        ids.append(id.toLongLong());
    QTextStream out(stdout);
    StoreError e;
    auto repo = Repository::open(db, {}, &e);
    if (!repo) {
        out << "fail open " << e.message << '\n';
        return 2;
    }
    const auto fail = [&](const StoreError& err) {
        out << "fail " << int(err.kind) << ' ' << err.message << '\n';
    };
    for (int i = 0; i < rounds; ++i) {
        const qint64 id = ids[i % ids.size()];
        ProgressInput note;
        note.text = QStringLiteral("%1 第%2条").arg(name).arg(i);
        note.author = name;
        note.percent = (i * 7) % 101;
        e = {};
        if (repo->addProgress(id, note, nullptr, &e))
            out << "ok note " << id << ' ' << note.text << '\n';
        else
            fail(e);

        const Status mine = i % 2 ? Status::InProgress : Status::Suspended;
        e = {};
        const QVariant before = repo->fieldValue(id, TaskField::Status, &e);
        QList<QVariant> stored;
        if (!repo->applyEditsIfUnchanged({{id, TaskField::Status, int(mine)}}, {before}, name, &stored, &e)) {
            if (e.kind == StoreError::Conflict)
                out << "conflict edit " << id << ' ' << e.message << '\n';
            else
                fail(e);
            continue;
        }
        out << "ok edit " << id << '\n';
        e = {};
        if (repo->applyEditsIfUnchanged({{id, TaskField::Status, before}}, stored, name, nullptr, &e))
            out << "ok undo " << id << '\n';
        else if (e.kind == StoreError::Conflict)
            out << "conflict undo " << id << ' ' << e.message << '\n';
        else
            fail(e);
        out.flush();
    }
    return 0;
}
