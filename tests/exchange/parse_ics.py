"""Reads an .ics file with Python's icalendar (python3-icalendar) and prints what a calendar sees as JSON:
each event's UID, start (a date, not a time), end, summary, description and alarm trigger."""
import json
import sys

import icalendar

with open(sys.argv[1], 'rb') as f:
    data = f.read()
cal = icalendar.Calendar.from_ical(data)
events = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    alarms = [str(a.decoded('TRIGGER')) for a in e.walk('VALARM')]
    events.append({
        'uid': str(e['UID']),
        'start': start.isoformat(),
        'start_is_date': type(start).__name__ == 'date',
        'end': e.decoded('DTEND').isoformat(),
        'stamp': e.decoded('DTSTAMP').isoformat(),
        'summary': str(e['SUMMARY']),
        'description': str(e['DESCRIPTION']),
        'alarms': alarms,
    })
print(json.dumps({'name': str(cal.get('X-WR-CALNAME', '')), 'events': events}, ensure_ascii=False))
