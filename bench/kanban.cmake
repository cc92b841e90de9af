# Kanban benchmark: 5,000 generated tasks in a temporary SQLite file; board load, full repaint into a
# QImage, scroll repaints, swimlanes, a card move. Run: ./build/bin/bench_kanban [--tasks N]
add_executable(bench_kanban bench_kanban.cpp)
target_link_libraries(bench_kanban PRIVATE duban_gui Qt6::Widgets)
duban_warnings(bench_kanban)
add_dependencies(bench bench_kanban)
