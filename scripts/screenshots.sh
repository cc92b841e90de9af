#!/usr/bin/env bash
# Regenerates docs/screenshots/: the five sample gazettes imported into a scratch database, a few
# progress notes and status changes back-filled on the days liaisons reported them (DUBAN_TODAY), every view of the app under Xvfb
# as of 2022-10-15, a weekly report (2022-W41) and a printed Gantt page. Needs a build (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${SHOTS_OUT:-docs/screenshots}
bin=build/bin
seeds=../shared/seeds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" "$out"
chmod 700 "$XDG_RUNTIME_DIR"
db="$work/duban.sqlite"

# Imported before the weeks shown, so the 考评 view finds the tasks existing in its period.
DUBAN_TODAY=2022-09-26 "$bin/duban-cli" import --db "$db" "$seeds"/*.txt >/dev/null

# id of the first task whose title contains $1
id_of() { "$bin/duban-cli" list --db "$db" --search "$1" --format csv | awk -F, 'NR == 2 { print $1 }'; }
note() { # title-part status percent date unit text
  local id; id=$(id_of "$1")
  [ -n "$id" ] || { echo "screenshots: no task matches $1" >&2; exit 1; }
  DUBAN_TODAY="$4" "$bin/duban-cli" update --db "$db" "$id" --status "$2" --by 督查室 >/dev/null
  DUBAN_TODAY="$4" "$bin/duban-cli" update --db "$db" "$id" --percent "$3" --unit "$5" --note "$6" --by 联络员 >/dev/null
}
note 支持发放消费券 done 100 2022-10-12 市商务局 "三批消费券已全部发放，核销率92%。"
note 繁荣夜间经济 in_progress 60 2022-10-11 市商务局 "两条夜间消费示范街区已开街，第三条在建。"
note 强化平台支撑 in_progress 70 2022-10-13 市政务服务和大数据管理局 "政务数据共享平台完成扩容，接入部门41个。"
note 编制政务数据目录 in_progress 40 2022-10-10 市政务服务和大数据管理局 "目录编制完成初稿，正在征求部门意见。"
note 建设应急管理体系 in_progress 30 2022-10-09 市应急管理局 "应急指挥平台完成招标。"
note 建立市级议事协调机制 in_progress 20 2022-10-14 市政务服务和大数据管理局 "议事规则已起草，待市政府常务会审议。"
note 加快推进5G网络建设 done 100 2022-10-12 市工业和信息化局 "全年5G基站建设任务已完成。"
note 实施健康环境促进行动 in_progress 50 2022-10-12 市卫生健康体育委员会 "城乡环境卫生整治行动按计划推进。"

# 督办 steps on the task the table shows first (the oldest deadline), for the detail panel's timeline.
first=$(id_of 黑石板沟)
step() { DUBAN_TODAY="$1" "$bin/duban-cli" event --db "$db" "$first" "${@:2}" >/dev/null; }
step 2022-09-27 assign --unit 市自然资源和规划局 --by 督查室
step 2022-09-28 sign --unit 市自然资源和规划局 --by 联络员
step 2022-10-10 chase --unit 市自然资源和规划局 --level 2 --text "已逾期，请于10月17日前反馈" --by 督查室
step 2022-10-12 extend_request --unit 市自然资源和规划局 --deadline 2022-12-31 --text "矿区复绿受季节影响" --by 联络员
# The next task in the table: 交办 on Sunday 10-09 and never signed, so the table flags its 签收 as late.
second=$("$bin/duban-cli" list --db "$db" --format csv | awk -F, 'NR == 3 { print $1 }')
DUBAN_TODAY=2022-10-09 "$bin/duban-cli" event --db "$db" "$second" assign --by 督查室 >/dev/null

xvfb-run -a -s "-screen 0 1600x960x24" "$bin/duban" --db "$db" --as-of 2022-10-15 --screenshot "$out"

"$bin/duban-cli" report --db "$db" --week 2022-W41 --as-of 2022-10-15 --office 驻马店市人民政府督查室 \
  --pdf "$work/report.pdf" >/dev/null
rm -f "$out"/report-*.png
pdftoppm -png -r 70 "$work/report.pdf" "$out/report"
for f in "$out"/report-0*.png; do [ -e "$f" ] && mv "$f" "${f/report-0/report-}"; done

"$bin/duban-cli" gantt --db "$db" --as-of 2022-10-15 --from 2020-01-01 --to 2023-12-31 --scale quarter \
  --pdf "$work/gantt.pdf" >/dev/null
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/gantt.pdf" "$out/gantt-print"
echo "screenshots in $out: $(ls "$out" | wc -l) files"
