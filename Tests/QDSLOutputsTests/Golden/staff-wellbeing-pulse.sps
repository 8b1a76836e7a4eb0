* Encoding: UTF-8.
* SPSS syntax for the survey staff_wellbeing_pulse, version 2024-05, labels in en, written by qdsl compile.
* Title: Staff wellbeing pulse, May 2024.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* actual_hours: actual_hours <= contract_hours * 2. Message: That is more than twice your contracted hours. Please check the figure.
* Text variants (the first whose condition holds is shown instead of the question) and defaults:.
* actual_hours: default contract_hours.

VARIABLE LABELS area "Which service area do you work in?"
  /satisfaction "Overall, I am satisfied with my work at the moment."
  /going_well "What has helped your work go well lately?"
  /one_change "What one change would make your work better?"
  /main_difficulty "What is making your work difficult at the moment?"
  /contact_request "Would you like someone from occupational health services to contact you?"
  /workload_ok "My workload is manageable."
  /team_support "I get support from my colleagues when I need it."
  /clear_goals "I know what is expected of me at work."
  /work_statements_order "Order shown: work_statements"
  /stressors_1 "Which of these have put a strain on you in the past month?: Too much work"
  /stressors_2 "Which of these have put a strain on you in the past month?: Staff shortages"
  /stressors_3 "Which of these have put a strain on you in the past month?: Unclear goals or priorities"
  /stressors_4 "Which of these have put a strain on you in the past month?: Conflicts at work"
  /stressors_5 "Which of these have put a strain on you in the past month?: Problems with IT systems"
  /stressors_6 "Which of these have put a strain on you in the past month?: Threatening or aggressive customers"
  /stressors_7 "Which of these have put a strain on you in the past month?: Organisational changes"
  /stressors_97 "Which of these have put a strain on you in the past month?: None of these"
  /stressors_order "Order shown: Which of these have put a strain on you in the past month?"
  /stressor_count "stressor_count = count(stressors) - number(stressors contains none)"
  /contract_hours "How many hours a week are you contracted to work?"
  /actual_hours "How many hours did you actually work last week?"
  /overtime "overtime = max(0, actual_hours - contract_hours)"
  /overtime_recorded "Have these extra hours been recorded so that you will be compensated for them?"
  /energy "How much energy do you have for your work at the moment?"
  /recovery "How well do you recover from work during your free time?"
  /wellbeing_floor "wellbeing_floor = min(energy, recovery)"
  /improvements_flexible_hours "Which of these would do most for your wellbeing at work? Put them in order, the most important first.: More flexible working hours"
  /improvements_less_admin "Which of these would do most for your wellbeing at work? Put them in order, the most important first.: Less paperwork and administration"
  /improvements_more_staff "Which of these would do most for your wellbeing at work? Put them in order, the most important first.: More staff in my unit"
  /improvements_training "Which of these would do most for your wellbeing at work? Put them in order, the most important first.: Training for my work"
  /improvements_quiet_space "Which of these would do most for your wellbeing at work? Put them in order, the most important first.: A quiet place to concentrate"
  /improvements_order "Order shown: Which of these would do most for your wellbeing at work? Put them in order, the most important first."
  /comment "Is there anything else you would like to tell us?".

VALUE LABELS area
      1 "Education and early childhood education"
      2 "Social and health services"
      3 "Technical and environmental services"
      4 "Culture and leisure services"
      5 "Central administration"
      6 "Other"
  /satisfaction workload_ok team_support clear_goals
      1 "Strongly disagree"
      2 "Disagree"
      3 "Neither agree nor disagree"
      4 "Agree"
      5 "Strongly agree"
  /contact_request overtime_recorded
      1 "Yes"
      2 "No"
  /stressors_1 stressors_2 stressors_3 stressors_4 stressors_5 stressors_6 stressors_7 stressors_97
      0 "not selected"
      1 "selected".
