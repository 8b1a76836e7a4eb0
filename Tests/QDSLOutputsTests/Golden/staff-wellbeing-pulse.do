* Stata do-file for the survey staff_wellbeing_pulse, version 2024-05, labels in en, written by qdsl compile.
* Title: Staff wellbeing pulse, May 2024
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* actual_hours: actual_hours <= contract_hours * 2. Message: That is more than twice your contracted hours. Please check the figure.
* Text variants (the first whose condition holds is shown instead of the question) and defaults:
* actual_hours: default contract_hours

version 14

* Variable labels
label variable area `"Which service area do you work in?"'
label variable satisfaction `"Overall, I am satisfied with my work at the moment."'
label variable going_well `"What has helped your work go well lately?"'
label variable one_change `"What one change would make your work better?"'
label variable main_difficulty `"What is making your work difficult at the moment?"'
label variable contact_request `"Would you like someone from occupational health services to contact you?"'
label variable workload_ok `"My workload is manageable."'
label variable team_support `"I get support from my colleagues when I need it."'
label variable clear_goals `"I know what is expected of me at work."'
label variable work_statements_order `"Order shown: work_statements"'
label variable stressors_1 `"Which of these have put a strain on you in the past month?: Too much work"'
label variable stressors_2 `"Which of these have put a strain on you in the past month?: Staff shortages"'
label variable stressors_3 `"Which of these have put a strain on you in the past month?: Unclear goals or pri"'
label variable stressors_4 `"Which of these have put a strain on you in the past month?: Conflicts at work"'
label variable stressors_5 `"Which of these have put a strain on you in the past month?: Problems with IT sys"'
label variable stressors_6 `"Which of these have put a strain on you in the past month?: Threatening or aggre"'
label variable stressors_7 `"Which of these have put a strain on you in the past month?: Organisational chang"'
label variable stressors_97 `"Which of these have put a strain on you in the past month?: None of these"'
label variable stressors_order `"Order shown: Which of these have put a strain on you in the past month?"'
label variable stressor_count `"stressor_count = count(stressors) - number(stressors contains none)"'
label variable contract_hours `"How many hours a week are you contracted to work?"'
label variable actual_hours `"How many hours did you actually work last week?"'
label variable overtime `"overtime = max(0, actual_hours - contract_hours)"'
label variable overtime_recorded `"Have these extra hours been recorded so that you will be compensated for them?"'
label variable energy `"How much energy do you have for your work at the moment?"'
label variable recovery `"How well do you recover from work during your free time?"'
label variable wellbeing_floor `"wellbeing_floor = min(energy, recovery)"'
label variable improvements_flexible_hours `"Which of these would do most for your wellbeing at work? Put them in order, the"'
label variable improvements_less_admin `"Which of these would do most for your wellbeing at work? Put them in order, the"'
label variable improvements_more_staff `"Which of these would do most for your wellbeing at work? Put them in order, the"'
label variable improvements_training `"Which of these would do most for your wellbeing at work? Put them in order, the"'
label variable improvements_quiet_space `"Which of these would do most for your wellbeing at work? Put them in order, the"'
label variable improvements_order `"Order shown: Which of these would do most for your wellbeing at work? Put them i"'
label variable comment `"Is there anything else you would like to tell us?"'

* Value labels
label define area ///
  1 `"Education and early childhood education"' ///
  2 `"Social and health services"' ///
  3 `"Technical and environmental services"' ///
  4 `"Culture and leisure services"' ///
  5 `"Central administration"' ///
  6 `"Other"', replace
label values area area
label define satisfaction ///
  1 `"Strongly disagree"' ///
  2 `"Disagree"' ///
  3 `"Neither agree nor disagree"' ///
  4 `"Agree"' ///
  5 `"Strongly agree"', replace
label values satisfaction workload_ok team_support clear_goals satisfaction
label define contact_request ///
  1 `"Yes"' ///
  2 `"No"', replace
label values contact_request overtime_recorded contact_request
label define selected ///
  0 `"not selected"' ///
  1 `"selected"', replace
label values stressors_1 stressors_2 stressors_3 stressors_4 stressors_5 stressors_6 stressors_7 ///
  stressors_97 selected
