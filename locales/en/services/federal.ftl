region-federal = Federal lines
entry-emergency-112 = Emergency services
entry-police-102 = Police
entry-ambulance-103 = Ambulance
entry-children-helpline = Children's helpline
entry-child-in-danger = "Child in danger" line of the Investigative Committee
entry-children-online = "Children online" helpline
