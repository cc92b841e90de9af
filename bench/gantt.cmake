# Gantt benchmark: 10,000 tasks painted into a 1920×1080 viewport (renderer and real view).
add_executable(bench_gantt bench_gantt.cpp)
target_link_libraries(bench_gantt PRIVATE duban_gui duban_report Qt6::Widgets)
duban_warnings(bench_gantt)
add_dependencies(bench bench_gantt)
