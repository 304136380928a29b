<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>About CARE Desktop</source>
      <translation>Acerca de CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Build:</source>
      <translation>Compilación:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Copy these facts for a support ticket</source>
      <translation>Copiar estos datos para una solicitud de soporte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Data model:</source>
      <translation>Modelo de datos:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Database data model:</source>
      <translation>Modelo de datos de la base:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Database:</source>
      <translation>Base de datos:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Python:</source>
      <translation>Python:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Qt:</source>
      <translation>Qt:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>System:</source>
      <translation>Sistema:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Version:</source>
      <translation>Versión:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>commit {commit}, built {date}, {platform}</source>
      <translation>commit {commit}, compilado el {date}, {platform}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>development build</source>
      <translation>versión de desarrollo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>reading…</source>
      <translation>leyendo…</translation>
    </message>
  </context>
  <context>
    <name>Agenda</name>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Economic findings:</source>
      <translation>Hallazgos &amp;económicos:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;How:</source>
      <translation>&amp;Cómo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;My cases only</source>
      <translation>Solo &amp;mis casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Notes:</source>
      <translation>&amp;Notas:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Print visit form…</source>
      <translation>&amp;Imprimir formulario de visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Psychosocial findings:</source>
      <translation>Hallazgos &amp;psicosociales:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Record visit…</source>
      <translation>&amp;Registrar visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Social findings:</source>
      <translation>Hallazgos &amp;sociales:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Visited on:</source>
      <translation>&amp;Visitado el:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Agenda summary</source>
      <translation>Resumen de la agenda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Due now</source>
      <translation>Pendiente ahora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Mark as missed</source>
      <translation>Marcar como no realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Monitoring agenda</source>
      <translation>Agenda de seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>My cases only</source>
      <translation>Solo mis casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Next {weeks} weeks</source>
      <translation>Próximas {weeks} semanas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>One PDF with the form of every visit on the agenda of next week</source>
      <translation>Un único PDF con el formulario de cada visita de la agenda de la próxima semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Overdue</source>
      <translation>Atrasada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print &amp;next week's forms…</source>
      <translation>Imprimir los &amp;formularios de la próxima semana…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print the form of the selected visit</source>
      <translation>Imprimir el formulario de la visita seleccionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print the forms of every visit due next week</source>
      <translation>Imprimir los formularios de todas las visitas que vencen la próxima semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Record the selected visit</source>
      <translation>Registrar la visita seleccionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Record visit {visit} of {case}</source>
      <translation>Registrar la visita {visit} del caso {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Save as done</source>
      <translation>Guardar como realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Survey</source>
      <translation>Encuesta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Upcoming</source>
      <translation>Próximas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Visited on</source>
      <translation>Visitado el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Visits due and overdue</source>
      <translation>Visitas pendientes y atrasadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Week</source>
      <translation>Semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Weeks ahead</source>
      <translation>Semanas siguientes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Window</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>{overdue} overdue · {due} due now · {total} in all</source>
      <translation>{overdue} atrasadas · {due} pendientes ahora · {total} en total</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../../care_desktop/ui/app_controller.py" />
      <source>CARE Desktop</source>
      <translation>CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/app_controller.py" />
      <source>Demo passphrase: {passphrase}</source>
      <translation>Frase de contraseña de la demostración: {passphrase}</translation>
    </message>
  </context>
  <context>
    <name>Assessments</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>&amp;Save ratings</source>
      <translation>&amp;Guardar valoraciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>&amp;Undo changes</source>
      <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add &amp;assessment</source>
      <translation>Añadir &amp;evaluación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add &amp;risk</source>
      <translation>Añadir &amp;riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add an assessment</source>
      <translation>Añadir una evaluación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add the risk</source>
      <translation>Añadir el riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Almost certain</source>
      <translation>Casi segura</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Assessments</source>
      <translation>Evaluaciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Date of the new assessment</source>
      <translation>Fecha de la nueva evaluación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Describe the risk to add it.</source>
      <translation>Describa el riesgo para añadirlo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Description of the new risk</source>
      <translation>Descripción del nuevo riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>High</source>
      <translation>Alto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Kind of the new assessment</source>
      <translation>Tipo de la nueva evaluación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Level of the new risk</source>
      <translation>Nivel del nuevo riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Likelihood</source>
      <translation>Probabilidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Likelihood of the new risk</source>
      <translation>Probabilidad del nuevo riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Likelihood:</source>
      <translation>Probabilidad:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Likely</source>
      <translation>Probable</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Low</source>
      <translation>Bajo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Major</source>
      <translation>Importante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Medium</source>
      <translation>Medio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Minor</source>
      <translation>Leve</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Mitigation</source>
      <translation>Mitigación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Moderate</source>
      <translation>Moderada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Negligible</source>
      <translation>Insignificante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>New risk, e.g. debt to the recruiter</source>
      <translation>Nuevo riesgo, p. ej. deuda con el reclutador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Not rated</source>
      <translation>Sin valorar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Overall risk of the case</source>
      <translation>Riesgo global del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Overall risk of the case: {level}</source>
      <translation>Riesgo global del caso: {level}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Possible</source>
      <translation>Posible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Rare</source>
      <translation>Rara</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk level</source>
      <translation>Nivel de riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk matrix</source>
      <translation>Matriz de riesgos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk matrix: likelihood by severity</source>
      <translation>Matriz de riesgos: probabilidad por gravedad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risks of the assessment</source>
      <translation>Riesgos de la evaluación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Save the changed ratings</source>
      <translation>Guardar las valoraciones modificadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Severity of the new risk</source>
      <translation>Gravedad del nuevo riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Severity:</source>
      <translation>Gravedad:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Undo the changed ratings</source>
      <translation>Deshacer las valoraciones modificadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Unlikely</source>
      <translation>Improbable</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>What to correct</source>
      <translation>Lo que hay que corregir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>risks {numbers}</source>
      <translation>riesgos {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>{likelihood}, {severity}: {level}</source>
      <translation>{likelihood}, {severity}: {level}</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>&amp;Add file…</source>
      <translation>&amp;Añadir archivo…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>&amp;Save a copy…</source>
      <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Add a file to the case</source>
      <translation>Añadir un archivo al caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Added (UTC)</source>
      <translation>Añadido (UTC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Added by</source>
      <translation>Añadido por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Adding {name}…</source>
      <translation>Añadiendo {name}…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachment status</source>
      <translation>Estado de los archivos adjuntos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachments</source>
      <translation>Archivos adjuntos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachments of the case</source>
      <translation>Archivos adjuntos del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Copy saved to {path}.</source>
      <translation>Copia guardada en {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description of the next file (optional)</source>
      <translation>Descripción del próximo archivo (opcional)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description of the next file added</source>
      <translation>Descripción del próximo archivo que se añada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Files up to {limit} MB, kept encrypted.</source>
      <translation>Archivos de hasta {limit} MB, guardados cifrados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Save a copy as</source>
      <translation>Guardar una copia como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Save a copy of the selected file</source>
      <translation>Guardar una copia del archivo seleccionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>{name} added.</source>
      <translation>{name} añadido.</translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Discard</source>
      <translation>&amp;Descartar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>&amp;Hide identity</source>
      <translation>&amp;Ocultar la identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Move to {status}</source>
      <translation>&amp;Pasar a {status}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>&amp;New</source>
      <translation>&amp;Nuevo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Reopen…</source>
      <translation>&amp;Reabrir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>&amp;Show identity</source>
      <translation>&amp;Mostrar la identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>&amp;Withdraw consent</source>
      <translation>&amp;Retirar el consentimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>(hidden)</source>
      <translation>(oculto)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>A minor without a guardian recorded.</source>
      <translation>Un menor sin tutor registrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>A monitoring visit is overdue.</source>
      <translation>Hay una visita de seguimiento atrasada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Back to cases</source>
      <translation>Volver a los casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Back to the case list (Alt+Left)</source>
      <translation>Volver a la lista de casos (Alt+Izquierda)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Best interests (BIA/BID)</source>
      <translation>Interés superior (BIA/BID)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>C&amp;lose case…</source>
      <translation>C&amp;errar el caso…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Case code</source>
      <translation>Código del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Case file</source>
      <translation>Expediente del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Changes not saved</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Child protection</source>
      <translation>Protección de la infancia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Child protection records</source>
      <translation>Registros de protección de la infancia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Choose the reason…</source>
      <translation>Elija el motivo…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Close the case</source>
      <translation>Cerrar el caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm closing</source>
      <translation>Confirmar el cierre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm closing the case</source>
      <translation>Confirmar el cierre del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm reopening</source>
      <translation>Confirmar la reapertura</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm reopening the case</source>
      <translation>Confirmar la reapertura del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Correct or undo the changes in this tab first; nothing was left.</source>
      <translation>Corrija o deshaga primero los cambios de esta pestaña; no se salió del expediente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Deleted</source>
      <translation>Eliminado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Escort and hand-over</source>
      <translation>Acompañamiento y entrega</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Family assessment</source>
      <translation>Evaluación familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>From today the case is no longer shared or referred under this consent</source>
      <translation>A partir de hoy el caso ya no se comparte ni se deriva en virtud de este consentimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Guardians</source>
      <translation>Tutores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Hide identity</source>
      <translation>Ocultar la identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>History of the case</source>
      <translation>Historial del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Identity</source>
      <translation>Identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Identity shown (recorded in the audit log).</source>
      <translation>Identidad mostrada (anotado en el registro de auditoría).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Move the case to {status}</source>
      <translation>Pasar el caso a {status}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>New record:</source>
      <translation>Nuevo registro:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>New {record}</source>
      <translation>Nuevo registro: {record}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next step</source>
      <translation>Siguiente paso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next step:</source>
      <translation>Siguiente paso:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next visit</source>
      <translation>Próxima visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next visit:</source>
      <translation>Próxima visita:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>No consent in force.</source>
      <translation>Ningún consentimiento en vigor.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>No further step.</source>
      <translation>No hay más pasos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>No identity recorded yet; what you enter here is kept apart.</source>
      <translation>Todavía no hay identidad registrada; lo que introduzca aquí se guarda por separado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>None</source>
      <translation>Ninguna</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>None planned (visits follow the arrival date)</source>
      <translation>Ninguna prevista (las visitas siguen a la fecha de llegada)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>None recorded yet.</source>
      <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Not assessed</source>
      <translation>Sin evaluar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/notes_tab.py" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Parts of the case</source>
      <translation>Partes del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Possibly the same person as another case: review the duplicate.</source>
      <translation>Posiblemente la misma persona que en otro caso: revise el duplicado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Preview and print the case sheet (Ctrl+P)</source>
      <translation>Previsualizar e imprimir la ficha del caso (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Print the case sheet</source>
      <translation>Imprimir la ficha del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Ready to move to {status}.</source>
      <translation>Listo para pasar a {status}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/referrals_tab.py" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Reopen the case</source>
      <translation>Reabrir el caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Risk:</source>
      <translation>Riesgo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Risk: {level}</source>
      <translation>Riesgo: {level}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>Selected record:</source>
      <translation>Registro seleccionado:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Show &amp;more</source>
      <translation>Mostrar &amp;más</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Show identity</source>
      <translation>Mostrar la identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Show older changes</source>
      <translation>Mostrar cambios anteriores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Stage:</source>
      <translation>Etapa:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>The case</source>
      <translation>El caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>The identity is hidden. Showing it is recorded in the audit log with your name.</source>
      <translation>La identidad está oculta. Mostrarla queda anotado en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>This case has changes that are not saved. Save them before leaving?</source>
      <translation>Este caso tiene cambios sin guardar. ¿Guardarlos antes de salir?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>This case is a minor: return needs a best-interests determination recommending it and a family assessment in the country of return.</source>
      <translation>Este caso es un menor: el retorno requiere una determinación del interés superior que lo recomiende y una evaluación familiar en el país de retorno.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>This case is not a minor; these records are not required for it.</source>
      <translation>Este caso no es un menor; estos registros no son necesarios.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>To move to {status}, the case still needs: {missing}.</source>
      <translation>Para pasar a {status}, al caso todavía le falta: {missing}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/profile_tab.py" />
      <source>Trafficking profile</source>
      <translation>Perfil de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Warnings</source>
      <translation>Advertencias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Warnings:</source>
      <translation>Advertencias:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>When (UTC)</source>
      <translation>Cuándo (UTC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Whether the case is a minor</source>
      <translation>Si el caso es un menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Why the case is reopened</source>
      <translation>Por qué se reabre el caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Why the step was refused</source>
      <translation>Por qué se rechazó la etapa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>Withdraw the selected consent</source>
      <translation>Retirar el consentimiento seleccionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>due now</source>
      <translation>pendiente ahora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>overdue</source>
      <translation>atrasada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>upcoming</source>
      <translation>próxima</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>{count} changes shown</source>
      <translation>{count} cambios mostrados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/tab_widgets.py" />
      <source>{n} MB</source>
      <translation>{n} MB</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/tab_widgets.py" />
      <source>{n} bytes</source>
      <translation>{n} bytes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/tab_widgets.py" />
      <source>{n} kB</source>
      <translation>{n} kB</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>{office} (this device)</source>
      <translation>{office} (este dispositivo)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>{slot}, due {due} ({state})</source>
      <translation>{slot}, vence el {due} ({state})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>← &amp;Back to cases</source>
      <translation>← &amp;Volver a los casos</translation>
    </message>
  </context>
  <context>
    <name>CaseListScreen</name>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Country of return:</source>
      <translation>País de &amp;retorno:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Family name:</source>
      <translation>&amp;Apellidos:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Given name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Minors only</source>
      <translation>Solo &amp;menores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;New case…</source>
      <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Open its case file after saving</source>
      <translation>Abrir su e&amp;xpediente después de guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Overdue visits only</source>
      <translation>Solo visitas &amp;atrasadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>1 case</source>
      <translation>1 caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All countries</source>
      <translation>Todos los países</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All offices</source>
      <translation>Todas las oficinas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All risk levels</source>
      <translation>Todos los niveles de riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Case list</source>
      <translation>Lista de casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose a gender.</source>
      <translation>Elija un género.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose the country of return.</source>
      <translation>Elija el país de retorno.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of &amp;birth:</source>
      <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Es&amp;timated</source>
      <translation>Es&amp;timada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>G&amp;ender:</source>
      <translation>G&amp;énero:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Minors only</source>
      <translation>Solo menores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>New case</source>
      <translation>Nuevo caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>No case matches</source>
      <translation>Ningún caso coincide</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>No cases yet</source>
      <translation>Todavía no hay casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Number of cases</source>
      <translation>Número de casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open a new case (Ctrl+N)</source>
      <translation>Abrir un nuevo caso (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open cases with a monitoring visit past its window</source>
      <translation>Casos abiertos con una visita de seguimiento fuera de su periodo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open the case file after saving</source>
      <translation>Abrir el expediente del caso después de guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Overdue visits only</source>
      <translation>Solo visitas atrasadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Possible duplicates</source>
      <translation>Posibles duplicados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Save the new case</source>
      <translation>Guardar el nuevo caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Search by case code, name or place (Ctrl+F)</source>
      <translation>Buscar por código de caso, nombre o lugar (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Search cases</source>
      <translation>Buscar casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>This person may already have a case: {cases}. Check before saving; if you save, the cases are linked as possible duplicates for review.</source>
      <translation>Es posible que esta persona ya tenga un caso: {cases}. Compruébelo antes de guardar; si guarda, los casos se vinculan como posibles duplicados para su revisión.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>What is missing</source>
      <translation>Lo que falta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Write the date of birth as YYYY-MM-DD, such as 1999-05-01.</source>
      <translation>Escriba la fecha de nacimiento como AAAA-MM-DD, por ejemplo 1999-05-01.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>and {count} more</source>
      <translation>y {count} más</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>{code} ({score} %)</source>
      <translation>{code} ({score} %)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>{count} cases</source>
      <translation>{count} casos</translation>
    </message>
  </context>
  <context>
    <name>CaseSheet</name>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>A minor without a guardian on record</source>
      <translation>Un menor sin tutor registrado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Assistance measures</source>
      <translation>Medidas de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Beneficiary</source>
      <translation>Beneficiario(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Beneficiary or guardian</source>
      <translation>Beneficiario(a) o tutor(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Best-interests assessment and determination</source>
      <translation>Evaluación y determinación del interés superior</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case sheet (full)</source>
      <translation>Ficha del caso (completa)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case sheet (interview)</source>
      <translation>Ficha del caso (entrevista)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Child annex</source>
      <translation>Anexo del menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Family assessment</source>
      <translation>Evaluación familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Family, community and safety: any difficulty or new risk?</source>
      <translation>Familia, comunidad y seguridad: ¿alguna dificultad o nuevo riesgo?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Health and well-being: any need for support or referral?</source>
      <translation>Salud y bienestar: ¿alguna necesidad de apoyo o derivación?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>How are the measures of the plan going? What has changed?</source>
      <translation>¿Cómo avanzan las medidas del plan? ¿Qué ha cambiado?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>How is the person doing since the last contact?</source>
      <translation>¿Cómo se encuentra la persona desde el último contacto?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Identity</source>
      <translation>Identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Income, work or training: what is the situation now?</source>
      <translation>Ingresos, trabajo o formación: ¿cuál es la situación actual?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Monitoring visits</source>
      <translation>Visitas de seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No BIA or BID recorded.</source>
      <translation>No hay ninguna EIS ni DIS registrada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No budget recorded.</source>
      <translation>No hay ningún presupuesto registrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No consent recorded.</source>
      <translation>No hay ningún consentimiento registrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No family assessment recorded.</source>
      <translation>No hay ninguna evaluación familiar registrada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No guardian on record.</source>
      <translation>No hay ningún tutor registrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No identity recorded.</source>
      <translation>No hay ninguna identidad registrada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No plan yet.</source>
      <translation>Todavía no hay plan.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No trafficking profile recorded.</source>
      <translation>No hay ningún perfil de trata registrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No valid consent to receive assistance</source>
      <translation>Ningún consentimiento válido para recibir asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No visit planned yet.</source>
      <translation>Todavía no hay ninguna visita prevista.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No workflow step recorded.</source>
      <translation>No hay ninguna etapa del caso registrada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Nothing open.</source>
      <translation>No hay nada pendiente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Officer</source>
      <translation>Oficial a cargo del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Open actions</source>
      <translation>Acciones pendientes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Questions for this visit</source>
      <translation>Preguntas para esta visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Referral open: {service} ({partner})</source>
      <translation>Derivación abierta: {service} ({partner})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reintegration plan</source>
      <translation>Plan de reintegración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reintegration sustainability survey (version {version}): tick one answer.</source>
      <translation>Encuesta de sostenibilidad de la reintegración (versión {version}): marque una respuesta.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Survey</source>
      <translation>Encuesta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>The next step still needs: {what}</source>
      <translation>Para el siguiente paso todavía falta: {what}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Trafficking profile</source>
      <translation>Perfil de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Valid</source>
      <translation>Válido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visit {slot} is overdue</source>
      <translation>La visita {slot} está atrasada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visit {slot}, due {date}</source>
      <translation>Visita {slot}, vence el {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>What is agreed for the next steps?</source>
      <translation>¿Qué se acuerda para los próximos pasos?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>cancelled</source>
      <translation>cancelada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>done</source>
      <translation>realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>due</source>
      <translation>pendiente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>missed</source>
      <translation>no realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>overdue</source>
      <translation>atrasada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>upcoming</source>
      <translation>próxima</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../care_desktop/ui/case_table_model.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_table_model.py" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>CARE Desktop</source>
      <translation>CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>CARE Desktop ran into a problem</source>
      <translation>CARE Desktop encontró un problema</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>If it happens again, send the log folder {folder} to the office. It holds no case data.</source>
      <translation>Si vuelve a ocurrir, envíe la carpeta de registros {folder} a la oficina. No contiene datos de casos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>Something went wrong inside CARE Desktop (reference {reference}). Your saved data is safe; the last action may not have been completed.</source>
      <translation>Se produjo un error interno en CARE Desktop (referencia {reference}). Sus datos guardados están a salvo; es posible que la última acción no se haya completado.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>% done</source>
      <translation>% realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>% of target</source>
      <translation>% de la meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Country:</source>
      <translation>P&amp;aís:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Indicator by month and country:</source>
      <translation>&amp;Indicador por mes y país:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Programme:</source>
      <translation>&amp;Programa:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Actual</source>
      <translation>Logrado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Against targets</source>
      <translation>Frente a las metas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All countries</source>
      <translation>Todos los países</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All programmes</source>
      <translation>Todos los programas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All time</source>
      <translation>Todo el periodo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 12 months</source>
      <translation>A los 12 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 3 months</source>
      <translation>A los 3 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 6 months</source>
      <translation>A los 6 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>By country</source>
      <translation>Por país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>By month</source>
      <translation>Por mes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of an indicator by country</source>
      <translation>Gráfico de un indicador por país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of an indicator by month</source>
      <translation>Gráfico de un indicador por mes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of indicators against targets</source>
      <translation>Gráfico de los indicadores frente a las metas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Counting…</source>
      <translation>Contando…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Country of return</source>
      <translation>País de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Dashboard</source>
      <translation>Panel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Dashboard status</source>
      <translation>Estado del panel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Delivered</source>
      <translation>Realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Done</source>
      <translation>Realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Due</source>
      <translation>Previstas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator &amp;report…</source>
      <translation>Info&amp;rme de indicadores…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator report for the donor</source>
      <translation>Informe de indicadores para el donante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator shown by month and country</source>
      <translation>Indicador mostrado por mes y país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicators against targets</source>
      <translation>Indicadores frente a las metas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Measures by category</source>
      <translation>Medidas por categoría</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Monitoring visit</source>
      <translation>Visita de seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Monitoring visits done and due</source>
      <translation>Visitas de seguimiento realizadas y pendientes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>P&amp;eriod:</source>
      <translation>P&amp;eriodo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Reintegration measure</source>
      <translation>Medida de reintegración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Reintegration measures delivered by category</source>
      <translation>Medidas de reintegración realizadas por categoría</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Targets are for a programme's whole duration and are not set by country. Trainings have no country of return.</source>
      <translation>Las metas cubren toda la duración de un programa y no se fijan por país. Las capacitaciones no tienen país de retorno.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>The donor report of a period, as PDF or CSV, for the programme chosen</source>
      <translation>El informe para el donante de un periodo, en PDF o CSV, para el programa elegido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>The table beside the charts holds the same figures.</source>
      <translation>La tabla junto a los gráficos contiene las mismas cifras.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Visits and measures</source>
      <translation>Visitas y medidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Visits by month after return</source>
      <translation>Visitas por mes tras el retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>{indicator} by country of return</source>
      <translation>{indicator} por país de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>{indicator} by month</source>
      <translation>{indicator} por mes</translation>
    </message>
  </context>
  <context>
    <name>DemoBanner</name>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>&lt;b&gt;DEMO&lt;/b&gt; — invented cases to explore CARE Desktop; nothing here is real. Demo passphrase: {passphrase}</source>
      <translation>&lt;b&gt;DEMOSTRACIÓN&lt;/b&gt; — casos inventados para explorar CARE Desktop; nada de esto es real. Frase de contraseña de la demostración: {passphrase}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Back to setting up or unlocking your real database</source>
      <translation>Volver a configurar o desbloquear su base de datos real</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>DEMO — {title}</source>
      <translation>DEMOSTRACIÓN — {title}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Demo data</source>
      <translation>Datos de demostración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Lea&amp;ve demo</source>
      <translation>Salir de la &amp;demostración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Leave demo</source>
      <translation>Salir de la demostración</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Card:</source>
      <translation>&amp;Tarjeta:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Choose…</source>
      <translation>&amp;Elegir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Enrol</source>
      <translation>&amp;Inscribir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Fingerprint on the other screen:</source>
      <translation>&amp;Huella en la otra pantalla:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Pin</source>
      <translation>&amp;Fijar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>C&amp;ountries:</source>
      <translation>&amp;Países:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Choose the identity card file</source>
      <translation>Elegir el archivo de la tarjeta de identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Compare the fingerprint with the one the other device shows (Sync centre or care identity show), in person or over the phone: only then is it trusted.</source>
      <translation>Compare la huella con la que muestra el otro dispositivo (Centro de sincronización o care identity show), en persona o por teléfono: solo entonces es de confianza.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Countries of the device</source>
      <translation>Países del dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Enrol a device</source>
      <translation>Inscribir un dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint here:</source>
      <translation>Huella aquí:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint of the card</source>
      <translation>Huella de la tarjeta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint read on the other device</source>
      <translation>Huella leída en el otro dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity card</source>
      <translation>Tarjeta de identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity card file</source>
      <translation>Archivo de la tarjeta de identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity cards (*.card *.json)</source>
      <translation>Tarjetas de identidad (*.card *.json)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Pin the office</source>
      <translation>Fijar la oficina</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>The card</source>
      <translation>La tarjeta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>{office} · {role} · device {device}</source>
      <translation>{office} · {role} · dispositivo {device}</translation>
    </message>
  </context>
  <context>
    <name>FormPrint</name>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Certificates of attendance</source>
      <translation>Certificados de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Monitoring visit form</source>
      <translation>Formulario de visita de seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Training attendance sheet</source>
      <translation>Hoja de asistencia a la capacitación</translation>
    </message>
  </context>
  <context>
    <name>IndicatorReport</name>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source> (placeholder weights: provisional)</source>
      <translation> (ponderaciones de sustitución: puntuaciones provisionales)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>12 months</source>
      <translation>12 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>3 months</source>
      <translation>3 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>6 months</source>
      <translation>6 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>A case with several types of exploitation counts once under each type: that disaggregation adds up to more than the total. A case without a recorded type is counted as not recorded.</source>
      <translation>Un caso con varios tipos de explotación se cuenta una vez en cada tipo: ese desglose suma más que el total. Un caso sin tipo registrado se cuenta como no registrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Actual</source>
      <translation>Logrado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Age group on arrival</source>
      <translation>Grupo de edad a la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Age groups: 0-11, 12-17, 18-24, 25-59 and 60+, in whole years on arrival (else at identification), from the date of birth or else the age estimated at identification. Sex is the gender recorded for the case.</source>
      <translation>Grupos de edad: 0-11, 12-17, 18-24, 25-59 y 60+, en años cumplidos a la llegada (si no, en la identificación), a partir de la fecha de nacimiento o, en su defecto, de la edad estimada en la identificación. El sexo es el género registrado para el caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Budget planned and spent</source>
      <translation>Presupuesto previsto y gastado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Budget: the planned amounts and the amounts spent of the arrival and reintegration measures delivered in the period, by phase and currency; amounts in different currencies are never added up.</source>
      <translation>Presupuesto: los importes previstos y los importes gastados de las medidas de llegada y de reintegración realizadas en el periodo, por fase y moneda; los importes en monedas distintas nunca se suman.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Children with a best-interests determination before return</source>
      <translation>Menores con determinación del interés superior antes del retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Country of return</source>
      <translation>País de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Done</source>
      <translation>Realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Due</source>
      <translation>Previstas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Economic</source>
      <translation>Económica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Host country</source>
      <translation>País de acogida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Indicator report</source>
      <translation>Informe de indicadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Monitoring visits at 3, 6 and 12 months are placed by the close of their window, which fell in the period before today: done are those completed; due are those completed, missed or not recorded (cancelled visits are not due). Reached at 12 months: persons whose 12-month visit was done.</source>
      <translation>Las visitas de seguimiento a los 3, 6 y 12 meses se sitúan según el cierre de su periodo de visita, que cayó en el periodo y antes de hoy: las realizadas son las completadas; las previstas son las completadas, no realizadas o sin registrar (las visitas canceladas no se cuentan como previstas). Contactadas a los 12 meses: personas cuya visita de los 12 meses se realizó.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Monitoring visits done and due</source>
      <translation>Visitas de seguimiento realizadas y previstas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Notes and definitions</source>
      <translation>Notas y definiciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Only aggregate numbers appear in this report. In a disaggregation, a cell resting on 1 to 4 persons is withheld and shown as &lt;5; when only one cell of a disaggregation would be withheld, the next smallest is withheld too, so that it cannot be found by subtraction. Totals are exact. Training figures count professionals and are never withheld.</source>
      <translation>En este informe solo figuran cifras agregadas. En un desglose, una celda basada en 1 a 4 personas se oculta y se muestra como &lt;5; cuando solo se ocultaría una celda de un desglose, se oculta también la siguiente más pequeña, para que no pueda deducirse por resta. Los totales son exactos. Las cifras de capacitación cuentan profesionales y nunca se ocultan.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Organisation type</source>
      <translation>Tipo de organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Other visits</source>
      <translation>Otras visitas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Outputs and results</source>
      <translation>Productos y resultados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Overall</source>
      <translation>Global</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons</source>
      <translation>Personas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assessed</source>
      <translation>Personas evaluadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assessed: cases with an assessment dated in the period. Assisted to return: cases whose departure date is in the period. Arrival assistance: persons with an arrival measure delivered (fully or partly) in the period; by type, a person counts under each type received. Reintegration measures: measures delivered (fully or partly) in the period.</source>
      <translation>Personas evaluadas: casos con una evaluación fechada en el periodo. Asistidas para el retorno: casos cuya fecha de salida está en el periodo. Asistencia a la llegada: personas con una medida de llegada realizada (total o parcialmente) en el periodo; por tipo, una persona cuenta en cada tipo recibido. Medidas de reintegración: medidas realizadas (total o parcialmente) en el periodo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assisted to return</source>
      <translation>Personas asistidas para el retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons reached at 12 months</source>
      <translation>Personas contactadas a los 12 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons who received arrival assistance</source>
      <translation>Personas que recibieron asistencia a la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Planned</source>
      <translation>Previsto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Plans agreed within a month of arrival</source>
      <translation>Planes acordados en el mes siguiente a la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Plans within a month: reintegration plans agreed in the period no later than one calendar month after arrival. Children with a best-interests determination: children (minor on arrival) who left in the period with a determination on or before their departure date.</source>
      <translation>Planes en el plazo de un mes: planes de reintegración acordados en el periodo a más tardar un mes natural después de la llegada. Menores con determinación del interés superior: niños y niñas (menores de edad a la llegada) que salieron en el periodo con una determinación de fecha igual o anterior a la de su salida.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Professionals trained</source>
      <translation>Profesionales capacitados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Psychosocial</source>
      <translation>Psicosocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Reintegration measures delivered</source>
      <translation>Medidas de reintegración realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Reintegration sustainability scores (RSS)</source>
      <translation>Puntuaciones de sostenibilidad de la reintegración (RSS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Scored with weight set {version}{provisional}. The mean of each dimension and of the overall score (0 to 1) is taken over the surveys where it could be scored.</source>
      <translation>Puntuado con el conjunto de ponderaciones {version}{provisional}. La media de cada dimensión y de la puntuación global (de 0 a 1) se calcula sobre las encuestas en las que pudo puntuarse.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Sex (gender recorded)</source>
      <translation>Sexo (género registrado)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Social</source>
      <translation>Social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Spent</source>
      <translation>Gastado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Surveys</source>
      <translation>Encuestas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Trainings held</source>
      <translation>Capacitaciones realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Trainings held: sessions dated in the period; professionals trained: their participants who attended, by organisation type and sex.</source>
      <translation>Capacitaciones realizadas: sesiones fechadas en el periodo; profesionales capacitados: sus participantes que asistieron, por tipo de organización y sexo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Type of exploitation</source>
      <translation>Tipo de explotación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Up to {end}</source>
      <translation>Hasta el {end}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>every programme</source>
      <translation>todos los programas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>{done} of {due}</source>
      <translation>{done} de {due}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>{start} to {end}</source>
      <translation>Del {start} al {end}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;About CARE Desktop</source>
      <translation>&amp;Acerca de CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Change passphrase…</source>
      <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Lock now</source>
      <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Sync</source>
      <translation>&amp;Sincronización</translation>
    </message>
    <message>
      <source>About CARE Desktop</source>
      <translation type="obsolete">Acerca de CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>CARE Desktop {version}
Data model {revision}</source>
      <translation type="obsolete">CARE Desktop {version}
Modelo de datos {revision}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>CARE Desktop — {office}</source>
      <translation>CARE Desktop — {office}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Coordinator</source>
      <translation>Coordinador(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Dashboard</source>
      <translation>Panel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Database upgraded</source>
      <translation>Base de datos actualizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Exchange bundles with a USB stick or a shared folder (Ctrl+Shift+F)</source>
      <translation>Intercambiar paquetes con una memoria USB o una carpeta compartida (Ctrl+Mayús+F)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Field officer</source>
      <translation>Oficial de terreno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Folder to exchange bundles with (a USB stick, a shared folder)</source>
      <translation>Carpeta con la que intercambiar paquetes (una memoria USB, una carpeta compartida)</translation>
    </message>
    <message>
      <source>Indicators against targets.</source>
      <translation type="obsolete">Indicadores frente a las metas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Navigation</source>
      <translation>Navegación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Print what the screen in view shows (Ctrl+P)</source>
      <translation>Imprimir lo que muestra la pantalla actual (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Send and receive bundles through the relay (F9)</source>
      <translation>Enviar y recibir paquetes a través del relé (F9)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Signed in as</source>
      <translation>Sesión iniciada como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync &amp;now</source>
      <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync with a &amp;folder…</source>
      <translation>Sincronizar con una &amp;carpeta…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Trainings</source>
      <translation>Capacitaciones</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>&amp;Change</source>
      <translation>&amp;Cambiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Frase de contraseña ac&amp;tual:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Change the passphrase</source>
      <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Current passphrase</source>
      <translation>Frase de contraseña actual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>The old passphrase stops working as soon as the new one is saved.</source>
      <translation>La frase de contraseña anterior deja de funcionar en cuanto se guarda la nueva.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Again:</source>
      <translation>&amp;De nuevo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>At least {minimum} characters. Four or five unrelated words are strong and easy to remember.</source>
      <translation>Al menos {minimum} caracteres. Cuatro o cinco palabras sin relación entre sí son robustas y fáciles de recordar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Good</source>
      <translation>Buena</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase</source>
      <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase, again</source>
      <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase hint</source>
      <translation>Consejo sobre la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase strength</source>
      <translation>Robustez de la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strength:</source>
      <translation>Robustez:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strong</source>
      <translation>Fuerte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>The two passphrases are not the same yet.</source>
      <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Too weak</source>
      <translation>Demasiado débil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Weak: acceptable, but longer is better</source>
      <translation>Débil: aceptable, pero más larga es mejor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>{strength}. Make it longer (at least {minimum} characters) and avoid names, dates and patterns.</source>
      <translation>{strength}. Hágala más larga (al menos {minimum} caracteres) y evite nombres, fechas y patrones.</translation>
    </message>
  </context>
  <context>
    <name>Plan</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>&amp;Create plan</source>
      <translation>&amp;Crear el plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>A&amp;pprove the plan</source>
      <translation>A&amp;probar el plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add &amp;measure</source>
      <translation>Añadir &amp;medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add &amp;objective</source>
      <translation>Añadir &amp;objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add the measure</source>
      <translation>Añadir la medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add the objective</source>
      <translation>Añadir el objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Amount planned for the new measure</source>
      <translation>Importe previsto para la nueva medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Amount spent on the selected measure</source>
      <translation>Importe gastado en la medida seleccionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Assistance measures</source>
      <translation>Medidas de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Budget of the plan</source>
      <translation>Presupuesto del plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Budget, e.g. 1500.00</source>
      <translation>Presupuesto, p. ej. 1500.00</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Category of the new measure</source>
      <translation>Categoría de la nueva medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Create the reintegration plan</source>
      <translation>Crear el plan de reintegración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Currency of the new measure</source>
      <translation>Moneda de la nueva medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Currency of the plan budget</source>
      <translation>Moneda del presupuesto del plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Description of the new measure</source>
      <translation>Descripción de la nueva medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Dimension</source>
      <translation>Dimensión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Dimension of the new objective</source>
      <translation>Dimensión del nuevo objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Mark as &amp;agreed with the person</source>
      <translation>Marcar como &amp;acordado con la persona</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Mo&amp;ve</source>
      <translation>Mo&amp;ver</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Move the selected measure to this status</source>
      <translation>Pasar la medida seleccionada a este estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>New objective</source>
      <translation>Nuevo objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Next status of the selected measure</source>
      <translation>Siguiente estado de la medida seleccionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>No amounts planned yet.</source>
      <translation>Todavía no hay importes previstos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>No reintegration plan yet.</source>
      <translation>Todavía no hay plan de reintegración.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Objectives</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Objectives of the plan</source>
      <translation>Objetivos del plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Phase of the new measure</source>
      <translation>Fase de la nueva medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Plan and measures</source>
      <translation>Plan y medidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Plan status</source>
      <translation>Estado del plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Planned</source>
      <translation>Previsto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Planned {planned} {currency}, spent {spent} {currency}</source>
      <translation>Previsto {planned} {currency}, gastado {spent} {currency}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Reintegration plan</source>
      <translation>Plan de reintegración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Selected measure:</source>
      <translation>Medida seleccionada:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Selected objective:</source>
      <translation>Objetivo seleccionado:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Set s&amp;tatus</source>
      <translation>Fijar el es&amp;tado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Set the status of the selected objective</source>
      <translation>Fijar el estado del objetivo seleccionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Spent</source>
      <translation>Gastado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Status of the selected objective</source>
      <translation>Estado del objetivo seleccionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Status: {status}</source>
      <translation>Estado: {status}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Totals planned and spent</source>
      <translation>Totales previstos y gastados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>What to correct</source>
      <translation>Lo que hay que corregir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>budget {amount} {currency}</source>
      <translation>presupuesto {amount} {currency}</translation>
    </message>
  </context>
  <context>
    <name>Print</name>
    <message>
      <location filename="../../care_desktop/reports/layout.py" />
      <source>Confidential</source>
      <translation>Confidencial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/layout.py" />
      <source>DEMO: synthetic data, not real people</source>
      <translation>DEMOSTRACIÓN: datos ficticios, no personas reales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/form_batch.py" />
      <location filename="../../care_desktop/reports/layout.py" />
      <source>Page {page} of {pages}</source>
      <translation>Página {page} de {pages}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/layout.py" />
      <source>Printed {when} by {user} on device {device}</source>
      <translation>Impreso el {when} por {user} en el dispositivo {device}</translation>
    </message>
  </context>
  <context>
    <name>PrintActions</name>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Attendance sheet</source>
      <translation>Hoja de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Cancelling: nothing will be written…</source>
      <translation>Cancelando: no se escribirá nada…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Case sheet of {case}</source>
      <translation>Ficha del caso {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Certificates</source>
      <translation>Certificados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Indicator report</source>
      <translation>Informe de indicadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Laying out the visit forms of the week from {day}…</source>
      <translation>Componiendo los formularios de visita de la semana del {day}…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Next week's visit forms</source>
      <translation>Formularios de visita de la próxima semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Printing</source>
      <translation>Impresión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Progress of the visit forms</source>
      <translation>Progreso de los formularios de visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Save next week's visit forms as</source>
      <translation>Guardar los formularios de visita de la próxima semana como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Save the indicator report as</source>
      <translation>Guardar el informe de indicadores como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Visit form of {case}</source>
      <translation>Formulario de visita del caso {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Visit form {done} of {total}</source>
      <translation>Formulario de visita {done} de {total}</translation>
    </message>
  </context>
  <context>
    <name>PrintDialogs</name>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Create…</source>
      <translation>&amp;Crear…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;From</source>
      <translation>&amp;Desde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Full sheet (coordinators)</source>
      <translation>Ficha co&amp;mpleta (coordinadores)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Interview sheet</source>
      <translation>Ficha de &amp;entrevista</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Paper</source>
      <translation>&amp;Papel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Preview</source>
      <translation>&amp;Vista previa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;To</source>
      <translation>&amp;Hasta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>CSV (figures for a spreadsheet)</source>
      <translation>CSV (cifras para una hoja de cálculo)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Everything, including the identity: the print is audited</source>
      <translation>Todo, incluida la identidad: la impresión queda anotada en el registro de auditoría</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>F&amp;ormat</source>
      <translation>F&amp;ormato</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>French</source>
      <translation>Francés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Full sheet</source>
      <translation>Ficha completa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Indicator report</source>
      <translation>Informe de indicadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Interview sheet</source>
      <translation>Ficha de entrevista</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Language of the print</source>
      <translation>Idioma de la impresión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>PDF (to read, print and hand over)</source>
      <translation>PDF (para leer, imprimir y entregar)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Paper size</source>
      <translation>Tamaño del papel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Print the case sheet of {case}</source>
      <translation>Imprimir la ficha del caso {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Sheet</source>
      <translation>Ficha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>The full sheet is printed by coordinators only.</source>
      <translation>La ficha completa solo la imprimen los coordinadores.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Without the trafficking details, identity documents or amounts</source>
      <translation>Sin los detalles de la trata, los documentos de identidad ni los importes</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>+</source>
      <translation>+</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Close the preview</source>
      <translation>Cerrar la vista previa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Close the preview (Esc)</source>
      <translation>Cerrar la vista previa (Esc)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Fit &amp;width</source>
      <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Fit the page to the width</source>
      <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Next page</source>
      <translation>Página siguiente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Next page (Page Down)</source>
      <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Previous page</source>
      <translation>Página anterior</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Previous page (Page Up)</source>
      <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print (Ctrl+P)</source>
      <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print on a printer</source>
      <translation>Imprimir en una impresora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print preview</source>
      <translation>Vista previa de impresión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save as PDF</source>
      <translation>Guardar como PDF</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save as a PDF file</source>
      <translation>Guardar como archivo PDF</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save the pages as a PDF file where you choose (Ctrl+S)</source>
      <translation>Guardar las páginas como archivo PDF donde elija (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Saved as {path}.</source>
      <translation>Guardado como {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Show the page as wide as the window</source>
      <translation>Mostrar la página tan ancha como la ventana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>The printer could not be started. Check it and retry.</source>
      <translation>No se pudo iniciar la impresora. Compruébela y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>What was done</source>
      <translation>Lo que se hizo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom in</source>
      <translation>Acercar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom in (Ctrl++)</source>
      <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom out</source>
      <translation>Alejar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>of {count}</source>
      <translation>de {count}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>{count} pages sent to the printer.</source>
      <translation>{count} páginas enviadas a la impresora.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>−</source>
      <translation>−</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>▶</source>
      <translation>▶</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>◀</source>
      <translation>◀</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>&amp;Undo changes</source>
      <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Error in {field}</source>
      <translation>Error en {field}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Separate several with ;</source>
      <translation>Separe varios con ;</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Undo changes</source>
      <translation>Deshacer cambios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>such as 1250 or 1250.50</source>
      <translation>como 1250 o 1250.50</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>I have &amp;written it down</source>
      <translation>La he &amp;anotado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>The recovery key you typed no longer works. Write this new one on paper now and keep it locked away from the laptop. It is shown only this once.</source>
      <translation>La clave de recuperación que escribió ya no funciona. Anote esta nueva en papel ahora y guárdela bajo llave, lejos del portátil. Solo se muestra esta vez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Your new recovery key</source>
      <translation>Su nueva clave de recuperación</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Paper size:</source>
      <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Relay address:</source>
      <translation>Dirección del &amp;relé:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>As the interface</source>
      <translation>Como la interfaz</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>As the system</source>
      <translation>Como el sistema</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Elegir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Case &amp;sheet:</source>
      <translation>&amp;Ficha del caso:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Case sheet printed by default</source>
      <translation>Ficha del caso impresa por defecto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificate authority of the relay</source>
      <translation>Autoridad de certificación del relé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificate file error</source>
      <translation>Error en el archivo de certificado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Choose the certificate file</source>
      <translation>Elegir el archivo de certificado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Empty: the usual authorities</source>
      <translation>Vacío: las autoridades habituales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Full case file</source>
      <translation>Expediente completo del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Given by the office: https://HOST or https://HOST:PORT. Empty: no relay.</source>
      <translation>Proporcionada por la oficina: https://HOST o https://HOST:PUERTO. Vacía: sin relé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Interview sheet (no trafficking details, documents or budget)</source>
      <translation>Ficha de entrevista (sin detalles de la trata, documentos ni presupuesto)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language of &amp;prints:</source>
      <translation>Idioma de las i&amp;mpresiones:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language of prints</source>
      <translation>Idioma de las impresiones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Letter (US)</source>
      <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after &amp;idle time:</source>
      <translation>&amp;Bloquear tras un tiempo de inactividad de:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after idle minutes</source>
      <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Only when the office gives you one: the relay's certificate file (.pem).</source>
      <translation>Solo si la oficina le da uno: el archivo de certificado del relé (.pem).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Paper size</source>
      <translation>Tamaño del papel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Printing</source>
      <translation>Impresión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay address</source>
      <translation>Dirección del relé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay address error</source>
      <translation>Error en la dirección del relé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay ce&amp;rtificate authority:</source>
      <translation>Autoridad de &amp;certificación del relé:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>S&amp;ync every:</source>
      <translation>Sincroni&amp;zar cada:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Sync every minutes</source>
      <translation>Sincronizar cada N minutos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my &amp;login (system keyring)</source>
      <translation>Desbloquear con mi &amp;sesión (llavero del sistema)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my login</source>
      <translation>Desbloquear con mi sesión</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Coordinator at the office (Paris)</source>
      <translation>&amp;Coordinador(a) en la oficina (París)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Create</source>
      <translation>&amp;Crear</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Explore with demo data first</source>
      <translation>&amp;Explorar primero con datos de demostración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Field officer in a mission</source>
      <translation>Oficial de &amp;terreno en una misión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Office or mission:</source>
      <translation>&amp;Oficina o misión:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Open the demo</source>
      <translation>&amp;Abrir la demostración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Set up this laptop</source>
      <translation>&amp;Configurar este portátil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Unlock with my login (system keyring)</source>
      <translation>&amp;Desbloquear con mi sesión (llavero del sistema)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>A separate database of invented cases; your real set-up stays for later.</source>
      <translation>Una base de datos aparte con casos inventados; su configuración real queda para después.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>CARE Desktop makes a separate demo database with {cases} invented cases, so you can see every screen at work. Nothing in it is real, it never syncs, and your real database is not created yet. Every screen shows DEMO.</source>
      <translation>CARE Desktop crea una base de datos de demostración aparte con {cases} casos inventados, para que pueda ver cada pantalla en funcionamiento. Nada en ella es real, nunca se sincroniza, y su base de datos real todavía no se crea. Cada pantalla muestra DEMOSTRACIÓN.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>CARE Desktop: set-up</source>
      <translation>CARE Desktop: configuración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Choose a passphrase</source>
      <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Co&amp;untry of the mission:</source>
      <translation>&amp;País de la misión:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Countries of the mission</source>
      <translation>Países de la misión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Creating the encrypted database…</source>
      <translation>Creando la base de datos cifrada…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Database: {path}</source>
      <translation>Base de datos: {path}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Explore with demo data</source>
      <translation>Explorar con datos de demostración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Find a country</source>
      <translation>Buscar un país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>I have &amp;written it down</source>
      <translation>La he &amp;anotado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>It opens the database on this laptop. Nobody, not even the office, can recover it for you: only the recovery key on the next page can.</source>
      <translation>Abre la base de datos de este portátil. Nadie, ni siquiera la oficina, puede recuperarla por usted: solo puede hacerlo la clave de recuperación de la página siguiente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Making the demo database</source>
      <translation>Creando la base de datos de demostración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>No system keyring is available on this computer.</source>
      <translation>No hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Office or mission</source>
      <translation>Oficina o misión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Set up this laptop</source>
      <translation>Configurar este portátil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>The demo opens without a passphrase. After locking, unlock it with the demo passphrase: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
      <translation>La demostración se abre sin frase de contraseña. Tras bloquearla, desbloquéela con la frase de contraseña de la demostración: &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>This laptop will keep case records in an encrypted database that only your passphrase opens. Set-up takes a minute: tell us who you are, choose a passphrase and write down the recovery key.</source>
      <translation>Este portátil guardará los expedientes de casos en una base de datos cifrada que solo abre su frase de contraseña. La configuración tarda un minuto: díganos quién es, elija una frase de contraseña y anote la clave de recuperación.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>To set up your real database later: File ▸ Leave demo.</source>
      <translation>Para configurar su base de datos real más tarde: Archivo ▸ Salir de la demostración.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Type to find a country</source>
      <translation>Escriba para buscar un país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with my login</source>
      <translation>Desbloquear con mi sesión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with your login: on.</source>
      <translation>Desbloquear con su sesión: activado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Welcome to CARE Desktop</source>
      <translation>Bienvenido/a a CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Who uses this laptop</source>
      <translation>Quién usa este portátil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Write it on paper now and keep it locked away from the laptop. It is shown only this once. If the passphrase is forgotten, it is the only way back in.</source>
      <translation>Anótela en papel ahora y guárdela bajo llave, lejos del portátil. Solo se muestra esta vez. Si se olvida la frase de contraseña, es la única forma de volver a entrar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your &amp;name:</source>
      <translation>Su &amp;nombre:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your login password then opens CARE Desktop; the passphrase still works.</source>
      <translation>La contraseña de su sesión abrirá entonces CARE Desktop; la frase de contraseña sigue funcionando.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your name</source>
      <translation>Su nombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your recovery key</source>
      <translation>Su clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>for example IOM Lagos</source>
      <translation>por ejemplo OIM Lagos</translation>
    </message>
  </context>
  <context>
    <name>SyncCentre</name>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Enrol a device…</source>
      <translation>&amp;Inscribir un dispositivo…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Keep the selected value</source>
      <translation>&amp;Conservar el valor seleccionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Pin the office…</source>
      <translation>&amp;Fijar la oficina…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Revoke the selected device…</source>
      <translation>&amp;Revocar el dispositivo seleccionado…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Write this value</source>
      <translation>&amp;Escribir este valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(empty)</source>
      <translation>(vacío)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(unknown)</source>
      <translation>(desconocido)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(unreadable)</source>
      <translation>(ilegible)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Another value</source>
      <translation>Otro valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Bundle</source>
      <translation>Paquete</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Card written to {path}. Fingerprint {fingerprint}</source>
      <translation>Tarjeta escrita en {path}. Huella {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Changes</source>
      <translation>Cambios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Concurrent values</source>
      <translation>Valores concurrentes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Conflicts</source>
      <translation>Conflictos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Conflicts ({count})</source>
      <translation>Conflictos ({count})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Countries</source>
      <translation>Países</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Deleted</source>
      <translation>Eliminado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Devices</source>
      <translation>Dispositivos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Direction</source>
      <translation>Sentido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>E&amp;xport this device's card…</source>
      <translation>E&amp;xportar la tarjeta de este dispositivo…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Enrol a device</source>
      <translation>Inscribir un dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Export this device's identity card</source>
      <translation>Exportar la tarjeta de identidad de este dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Fingerprint</source>
      <translation>Huella</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Held: the relay refused it ({reason})</source>
      <translation>Retenido: el relé lo rechazó ({reason})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Identity card</source>
      <translation>Tarjeta de identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Identity cards (*.card)</source>
      <translation>Tarjetas de identidad (*.card)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Inbox</source>
      <translation>Bandeja de entrada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Keep the selected value</source>
      <translation>Conservar el valor seleccionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Not yet received</source>
      <translation>Aún no recibido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Office</source>
      <translation>Oficina</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Or write another value</source>
      <translation>O escriba otro valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Outbox</source>
      <translation>Bandeja de salida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Quarantine</source>
      <translation>Cuarentena</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Re&amp;voke</source>
      <translation>Re&amp;vocar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke a device</source>
      <translation>Revocar un dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke device {device} of {office}? Its bundles made after the last one received here will wait in quarantine, and the relay will refuse it. This cannot be undone: a device found again is enrolled anew.</source>
      <translation>¿Revocar el dispositivo {device} de {office}? Sus paquetes creados después del último recibido aquí esperarán en cuarentena, y el relé lo rechazará. Esto no se puede deshacer: un dispositivo recuperado se inscribe de nuevo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke the selected device</source>
      <translation>Revocar el dispositivo seleccionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Shown for now</source>
      <translation>Mostrado por ahora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sync centre</source>
      <translation>Centro de sincronización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sync summary</source>
      <translation>Resumen de la sincronización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>This device's fingerprint</source>
      <translation>Huella de este dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>This device: {device} · fingerprint {fingerprint}</source>
      <translation>Este dispositivo: {device} · huella {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>To</source>
      <translation>Para</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Values written at the same time on different devices:</source>
      <translation>Valores escritos al mismo tiempo en dispositivos diferentes:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Waiting to leave</source>
      <translation>En espera de envío</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Write this value</source>
      <translation>Escribir este valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Written by</source>
      <translation>Escrito por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>bundles {numbers} never imported here</source>
      <translation>paquetes {numbers} nunca importados aquí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>{conflicts} conflicts to review · {waiting} bundles waiting · {quarantined} in quarantine</source>
      <translation>{conflicts} conflictos por revisar · {waiting} paquetes en espera · {quarantined} en cuarentena</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>{count} of our changes</source>
      <translation>{count} de nuestros cambios</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 bundle received, not yet imported</source>
      <translation>1 paquete recibido, aún no importado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 bundle waiting to leave</source>
      <translation>1 paquete en espera de envío</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 change not yet confirmed as received</source>
      <translation>1 cambio cuya recepción aún no se ha confirmado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Cancel the sync</source>
      <translation>Cancelar la sincronización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Importing bundles</source>
      <translation>Importando paquetes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Never synced</source>
      <translation>Nunca sincronizado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address is set, so this computer cannot sync through the relay. Enter the relay address given by the office in Settings, then sync again.</source>
      <translation>No hay ninguna dirección de relé configurada, por lo que este equipo no puede sincronizarse a través del relé. Introduzca en Configuración la dirección del relé proporcionada por la oficina y vuelva a sincronizar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address is set: sync through the relay is off.</source>
      <translation>No hay ninguna dirección de relé configurada: la sincronización a través del relé está desactivada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address: set one in Settings</source>
      <translation>Sin dirección de relé: configúrela en Configuración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Offline</source>
      <translation>Sin conexión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Receiving bundles</source>
      <translation>Recibiendo paquetes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sending bundles</source>
      <translation>Enviando paquetes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Stop the sync; nothing is lost, it goes on later</source>
      <translation>Detener la sincronización; no se pierde nada, continuará más tarde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync now</source>
      <translation>Sincronizar ahora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync progress</source>
      <translation>Progreso de la sincronización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync status</source>
      <translation>Estado de la sincronización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Synced {date} at {time}</source>
      <translation>Sincronizado el {date} a las {time}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Synced {time}</source>
      <translation>Sincronizado a las {time}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing</source>
      <translation>Sincronizando</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing with the relay…</source>
      <translation>Sincronizando con el relé…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing…</source>
      <translation>Sincronizando…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing… {percent} %</source>
      <translation>Sincronizando… {percent} %</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>nothing waiting</source>
      <translation>nada en espera</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} bundles received, not yet imported</source>
      <translation>{count} paquetes recibidos, aún no importados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} bundles waiting to leave</source>
      <translation>{count} paquetes en espera de envío</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} changes not yet confirmed as received</source>
      <translation>{count} cambios cuya recepción aún no se ha confirmado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{step}: {percent} %</source>
      <translation>{step}: {percent} %</translation>
    </message>
  </context>
  <context>
    <name>TrainingSheet</name>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Attendance sheet</source>
      <translation>Hoja de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Audience</source>
      <translation>Público</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Certificate of attendance</source>
      <translation>Certificado de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Duration: {hours} hours.</source>
      <translation>Duración: {hours} horas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>For the organisation</source>
      <translation>Por la organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Hours</source>
      <translation>Horas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Participants: please sign on your line.</source>
      <translation>Participantes: por favor, firmen en su línea.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Signature and date</source>
      <translation>Firma y fecha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>This certifies that</source>
      <translation>Por la presente se certifica que</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainer</source>
      <translation>Capacitador(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainers</source>
      <translation>Capacitadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainers: {names}</source>
      <translation>Capacitadores: {names}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>attended the training</source>
      <translation>asistió a la capacitación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>held on {dates} in {place}, organised by {organisation}.</source>
      <translation>celebrada el {dates} en {place}, organizada por {organisation}.</translation>
    </message>
  </context>
  <context>
    <name>Trainings</name>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Add participant…</source>
      <translation>&amp;Añadir participante…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Audience:</source>
      <translation>&amp;Público:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Date:</source>
      <translation>&amp;Fecha:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;New session…</source>
      <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Organización:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Place:</source>
      <translation>&amp;Lugar:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Sex:</source>
      <translation>&amp;Sexo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>A&amp;ttended</source>
      <translation>&amp;Asistió</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Add participant</source>
      <translation>Añadir participante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Attended</source>
      <translation>Asistieron</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Audience</source>
      <translation>Público</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>New training session</source>
      <translation>Nueva sesión de capacitación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>One certificate for each participant who attended</source>
      <translation>Un certificado por cada participante que asistió</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation &amp;type:</source>
      <translation>&amp;Tipo de organización:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation type</source>
      <translation>Tipo de organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print &amp;certificates…</source>
      <translation>Imprimir &amp;certificados…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print a&amp;ttendance sheet…</source>
      <translation>Imprimir &amp;hoja de asistencia…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print the attendance sheet</source>
      <translation>Imprimir la hoja de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print the certificates</source>
      <translation>Imprimir los certificados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Training sessions</source>
      <translation>Sesiones de capacitación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Training totals</source>
      <translation>Totales de capacitación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Trainings</source>
      <translation>Capacitaciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>{sessions} sessions, {attended} of {participants} participants attended. By organisation type: {by_type}. By sex: {by_sex}.</source>
      <translation>{sessions} sesiones; asistieron {attended} de {participants} participantes. Por tipo de organización: {by_type}. Por sexo: {by_sex}.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Forgot the passphrase?</source>
      <translation>¿&amp;Olvidó la frase de contraseña?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Recover</source>
      <translation>&amp;Recuperar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Enter your passphrase to open the case records.</source>
      <translation>Introduzca su frase de contraseña para abrir los expedientes de casos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recover with the recovery key</source>
      <translation>Recuperar con la clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery &amp;key:</source>
      <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>The database was upgraded to data model {revision}; a copy of the previous one is in {backup}</source>
      <translation>La base de datos se actualizó al modelo de datos {revision}; una copia de la anterior está en {backup}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Type the recovery key written down at set-up, then choose a new passphrase. The old passphrase will no longer work.</source>
      <translation>Escriba la clave de recuperación anotada durante la configuración y elija una nueva frase de contraseña. La frase de contraseña anterior dejará de funcionar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock CARE Desktop</source>
      <translation>Desbloquear CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock with my &amp;login</source>
      <translation>Desbloquear con mi &amp;sesión</translation>
    </message>
  </context>
  <context>
    <name>VisitForm</name>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>1 month after arrival</source>
      <translation>1 mes tras la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Arrival</source>
      <translation>Llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Beneficiary or guardian</source>
      <translation>Beneficiario(a) o tutor(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Date of the visit: ____________    How:</source>
      <translation>Fecha de la visita: ____________    Modalidad:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Delivered? Comments</source>
      <translation>¿Realizada? Comentarios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Due on</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Economic dimension</source>
      <translation>Dimensión económica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Economic: work, income, debts, housing</source>
      <translation>Económica: trabajo, ingresos, deudas, vivienda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Field officer</source>
      <translation>Oficial de terreno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Findings</source>
      <translation>Hallazgos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Measure</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Monitoring visit form</source>
      <translation>Formulario de visita de seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>No plan or measure recorded yet.</source>
      <translation>Todavía no hay ningún plan ni medida registrados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Officer: ______________________________</source>
      <translation>Oficial: ______________________________</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Other observations, next steps</source>
      <translation>Otras observaciones, próximos pasos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Plan: what to check</source>
      <translation>Plan: qué verificar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Psychosocial dimension</source>
      <translation>Dimensión psicosocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Psychosocial: well-being, safety, support</source>
      <translation>Psicosocial: bienestar, seguridad, apoyo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Read each question aloud and tick one answer. The person may decline any question: tick “No answer / does not apply”.</source>
      <translation>Lea cada pregunta en voz alta y marque una respuesta. La persona puede negarse a responder cualquier pregunta: marque «Sin respuesta / no corresponde».</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Reintegration Sustainability Survey</source>
      <translation>Encuesta de sostenibilidad de la reintegración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Signature and date</source>
      <translation>Firma y fecha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Signatures</source>
      <translation>Firmas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Social dimension</source>
      <translation>Dimensión social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Social: family, community, services, documents</source>
      <translation>Social: familia, comunidad, servicios, documentos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Status found</source>
      <translation>Estado constatado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Status when printed</source>
      <translation>Estado al imprimir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Survey version {version}</source>
      <translation>Versión {version} de la encuesta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Window</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>delivered {date}</source>
      <translation>realizada el {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>planned for {date}</source>
      <translation>prevista para el {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} days after arrival</source>
      <translation>{count} días tras la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} months after arrival</source>
      <translation>{count} meses tras la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} weeks after arrival</source>
      <translation>{count} semanas tras la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{start} to {end}</source>
      <translation>del {start} al {end}</translation>
    </message>
  </context>
  <context>
    <name>Visits</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>&amp;Print visit form…</source>
      <translation>&amp;Imprimir formulario de visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>&amp;Record visit…</source>
      <translation>&amp;Registrar visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>(not asked)</source>
      <translation>(no preguntada)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Answered</source>
      <translation>Respondidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Composite</source>
      <translation>Global</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Economic</source>
      <translation>Económica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring summary</source>
      <translation>Resumen del seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring visits</source>
      <translation>Visitas de seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring visits of the case</source>
      <translation>Visitas de seguimiento del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/rows_model.py" />
      <source>Month {number}</source>
      <translation>Mes {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>No visits scheduled: the arrival date is not known.</source>
      <translation>No hay visitas programadas: no se conoce la fecha de llegada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Official</source>
      <translation>Oficiales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Print the form of the selected visit</source>
      <translation>Imprimir el formulario de la visita seleccionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Provisional</source>
      <translation>Provisionales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Psychosocial</source>
      <translation>Psicosocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Questions answered</source>
      <translation>Preguntas respondidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Record the selected visit</source>
      <translation>Registrar la visita seleccionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Save survey</source>
      <translation>Guardar la encuesta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Social</source>
      <translation>Social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey</source>
      <translation>Encuesta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey at visit {visit} of {case}</source>
      <translation>Encuesta en la visita {visit} de {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey of {case}</source>
      <translation>Encuesta de {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Sustainability survey</source>
      <translation>Encuesta de sostenibilidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Sustainability survey scores by dimension</source>
      <translation>Puntuaciones de la encuesta de sostenibilidad por dimensión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Sustainability surveys (scores 0 to 1)</source>
      <translation>Encuestas de sostenibilidad (puntuaciones de 0 a 1)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Take &amp;survey…</source>
      <translation>Realizar &amp;encuesta…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Take a sustainability survey</source>
      <translation>Realizar una encuesta de sostenibilidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Taken</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Visited on</source>
      <translation>Visitado el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/rows_model.py" />
      <source>Week {number}</source>
      <translation>Semana {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Weights</source>
      <translation>Ponderaciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Window</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>{count} of {total} questions answered</source>
      <translation>{count} de {total} preguntas respondidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>{done} of {total} visits done · {overdue} overdue</source>
      <translation>{done} de {total} visitas realizadas · {overdue} atrasadas</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../care_desktop/ui/widgets.py" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
  </context>
  <context>
    <name>bundle</name>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Changes to a case outside the sending device's countries. Applied if its countries come to include the case's country.</source>
      <translation>Cambios en un caso fuera de los países del dispositivo remitente. Se aplican si sus países llegan a incluir el país del caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Changes to a record that has not arrived here yet (for example a consent whose case stays at the office). Applied when that record arrives.</source>
      <translation>Cambios en un registro que aún no ha llegado aquí (por ejemplo, un consentimiento cuyo caso permanece en la oficina). Se aplican cuando llegue ese registro.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Kept for a reason this version does not know.</source>
      <translation>Retenido por un motivo que esta versión no conoce.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Sent by a device this one does not know yet. Applied as soon as the device is enrolled (office) or the office is pinned (field device).</source>
      <translation>Enviado por un dispositivo que este aún no conoce. Se aplica en cuanto se inscriba el dispositivo (oficina) o se fije la oficina (dispositivo de terreno).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Sent by a revoked device after its cut-off. Kept for a coordinator to decide; never applied automatically.</source>
      <translation>Enviado por un dispositivo revocado después de su fecha de corte. Se conserva para que decida un(a) coordinador(a); nunca se aplica automáticamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Written by a newer version of CARE Desktop. Applied after this application is updated.</source>
      <translation>Escrito por una versión más reciente de CARE Desktop. Se aplica una vez actualizada esta aplicación.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>an attachment's content does not match its hash.</source>
      <translation>el contenido de un archivo adjunto no coincide con su hash.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it carries a device roster older than the one this device has.</source>
      <translation>contiene una lista de dispositivos más antigua que la de este dispositivo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is incomplete; copy it again from its source.</source>
      <translation>está incompleto; cópielo de nuevo desde su origen.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is larger than a bundle may be, or inflates beyond its bounds.</source>
      <translation>es más grande de lo que puede ser un paquete, o se descomprime más allá de sus límites.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is not a well-formed CARE bundle (damaged, or not a bundle at all).</source>
      <translation>no es un paquete CARE bien formado (dañado, o no es un paquete en absoluto).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is not addressed to this device.</source>
      <translation>no está dirigido a este dispositivo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it uses a format this version no longer accepts.</source>
      <translation>usa un formato que esta versión ya no acepta.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it was written by a newer version of CARE Desktop.</source>
      <translation>fue escrito por una versión más reciente de CARE Desktop.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its device roster is not signed by the office this device trusts.</source>
      <translation>su lista de dispositivos no está firmada por la oficina en la que confía este dispositivo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its encrypted content does not match its signed header.</source>
      <translation>su contenido cifrado no coincide con su encabezado firmado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its signature does not verify: it was changed after it was signed, or forged.</source>
      <translation>su firma no es válida: se modificó después de firmarse, o fue falsificado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its signed header is not readable.</source>
      <translation>su encabezado firmado no se puede leer.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>the sender already sent a different bundle with this number: possible forgery. It is noted in the alert log next to the database; tell the office.</source>
      <translation>el remitente ya envió otro paquete con este número: posible falsificación. Queda anotado en el registro de alertas junto a la base de datos; avise a la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>this device cannot decrypt it.</source>
      <translation>este dispositivo no puede descifrarlo.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Added {cases} synthetic cases and {trainings} training sessions.</source>
      <translation>Se añadieron {cases} casos ficticios y {trainings} sesiones de capacitación.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Attached {name} ({size} bytes).</source>
      <translation>Adjuntado {name} ({size} bytes).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Attendance sheet written to {path}.</source>
      <translation>Hoja de asistencia escrita en {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Bundle {seq} written: {writes} writes for {recipient}.</source>
      <translation>Paquete {seq} escrito: {writes} escrituras para {recipient}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Case anonymised.</source>
      <translation>Caso anonimizado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Case erased.</source>
      <translation>Caso borrado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/print_commands.py" />
      <source>Case sheet of {case} ({profile}) written to {path}.</source>
      <translation>Ficha del caso {case} ({profile}) escrita en {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Certificates written to {path}.</source>
      <translation>Certificados escritos en {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database OK.</source>
      <translation>Base de datos correcta.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database created: {path}</source>
      <translation>Base de datos creada: {path}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Deleted.</source>
      <translation>Eliminado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Device: {device}</source>
      <translation>Dispositivo: {device}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Device: {device} ({role})</source>
      <translation>Dispositivo: {device} ({role})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Exported {count} records to {path}.</source>
      <translation>Se exportaron {count} registros a {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Fingerprint of {office}: {fingerprint}</source>
      <translation>Huella de {office}: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Fingerprint: {fingerprint}</source>
      <translation>Huella: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Identity card written to {path}. Fingerprint: {fingerprint}</source>
      <translation>Tarjeta de identidad escrita en {path}. Huella: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Importado: {created} nuevos, {updated} modificados, {unchanged} sin cambios.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/report_commands.py" />
      <source>Indicator report for {start} to {end} written to {path}.</source>
      <translation>Informe de indicadores del {start} al {end} escrito en {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Internal error {reference}: this is a bug in CARE Desktop, and the command may not have finished. Send the log file to the office.</source>
      <translation>Error interno {reference}: es un fallo de CARE Desktop, y es posible que el comando no haya terminado. Envíe el archivo de registro a la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Interrupted; nothing was changed.</source>
      <translation>Interrumpido; no se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Is it the same on the other device? (yes/no) </source>
      <translation>¿Es igual en el otro dispositivo? (sí/no) </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>NEW RECOVERY KEY: the old one no longer works. Write this one on paper now and keep it locked away from the laptop; it is shown only this once.</source>
      <translation>NUEVA CLAVE DE RECUPERACIÓN: la anterior ya no funciona. Anote esta en papel ahora y guárdela bajo llave, lejos del portátil; solo se muestra esta vez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>New passphrase set. The old passphrase no longer works.</source>
      <translation>Nueva frase de contraseña establecida. La anterior ya no funciona.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase, again: </source>
      <translation>Nueva frase de contraseña, otra vez: </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase: </source>
      <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>No cases.</source>
      <translation>No hay casos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>No conflicts.</source>
      <translation>No hay conflictos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>No devices.</source>
      <translation>No hay dispositivos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>No records.</source>
      <translation>No hay registros.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>No surveys.</source>
      <translation>No hay encuestas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Nothing due.</source>
      <translation>Nada pendiente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Nothing waits.</source>
      <translation>Nada en espera.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Passphrase changed. The old one no longer works.</source>
      <translation>Frase de contraseña cambiada. La anterior ya no funciona.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>Passphrase: </source>
      <translation>Frase de contraseña: </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Possible duplicate: {code} (similarity {score}%)</source>
      <translation>Posible duplicado: {code} (similitud {score}%)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>RECOVERY KEY: write it on paper now and keep it locked away from the laptop. It is shown only this once; without it a forgotten passphrase loses the data.</source>
      <translation>CLAVE DE RECUPERACIÓN: anótela en papel ahora y guárdela bajo llave, lejos del portátil. Solo se muestra esta vez; sin ella, una frase de contraseña olvidada hace perder los datos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Resolved.</source>
      <translation>Resuelto.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Revoked. Its bundles after number {cutoff} will be quarantined, not applied.</source>
      <translation>Revocado. Sus paquetes posteriores al número {cutoff} se pondrán en cuarentena, no se aplicarán.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Role: {role}, office: {office}, countries: {countries}</source>
      <translation>Rol: {role}, oficina: {office}, países: {countries}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Survey recorded.</source>
      <translation>Encuesta registrada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Sync done: {sent} bundles sent, {received} received, {applied} applied, {known} already here.</source>
      <translation>Sincronización terminada: {sent} paquetes enviados, {received} recibidos, {applied} aplicados, {known} ya presentes.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>The database was upgraded to data model {revision}; a copy of the previous one is in {backup}</source>
      <translation>La base de datos se actualizó al modelo de datos {revision}; una copia de la anterior está en {backup}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Trusted: {office} ({device}), fingerprint {fingerprint}.</source>
      <translation>De confianza: {office} ({device}), huella {fingerprint}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login could not be turned on (internal error {reference}).</source>
      <translation>No se pudo activar el desbloqueo con su sesión (error interno {reference}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: off.</source>
      <translation>Desbloquear con su sesión: desactivado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: on.</source>
      <translation>Desbloquear con su sesión: activado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlocked with the system keyring.</source>
      <translation>Desbloqueado con el llavero del sistema.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Visit form written to {path}.</source>
      <translation>Formulario de visita escrito en {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Weight set {version} is now used for every score.</source>
      <translation>El conjunto de ponderaciones {version} se usa ahora para todas las puntuaciones.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>age recipient: {recipient}</source>
      <translation>destinatario age: {recipient}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>its bundles not imported here: {numbers}</source>
      <translation>sus paquetes no importados aquí: {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>its writes not received here: {numbers}</source>
      <translation>sus escrituras no recibidas aquí: {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>minisign public key: {key}</source>
      <translation>clave pública minisign: {key}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>provisional weights</source>
      <translation>ponderaciones provisionales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles still wait in the outbox.</source>
      <translation>{count} paquetes siguen esperando en la bandeja de salida.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles wait in the quarantine (see care quarantine list).</source>
      <translation>{count} paquetes esperan en cuarentena (véase care quarantine list).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles were refused and kept in the quarantine with the reason (see care quarantine list).</source>
      <translation>{count} paquetes fueron rechazados y se conservan en cuarentena con el motivo (véase care quarantine list).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles were refused by the relay and are kept in the outbox's held folder; take them with care sync --folder PATH.</source>
      <translation>{count} paquetes fueron rechazados por el relé y se conservan en la carpeta «held» de la bandeja de salida; llévelos con care sync --folder RUTA.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} of this device's writes not yet acknowledged</source>
      <translation>{count} escrituras de este dispositivo aún no confirmadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>{count} visit forms ({start}, {days} days) written to {path}.</source>
      <translation>{count} formularios de visita ({start}, {days} días) escritos en {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} waiting bundle(s) applied.</source>
      <translation>{count} paquete(s) en espera aplicado(s).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} writes stay on this device: their case has no transfer consent.</source>
      <translation>{count} cambios se quedan en este dispositivo: su caso no tiene consentimiento de transferencia.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: already imported, nothing to do.</source>
      <translation>{path}: ya importado, nada que hacer.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: quarantined ({reason}); it will be tried again.</source>
      <translation>{path}: en cuarentena ({reason}); se volverá a intentar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: {applied} applied, {known} already known, {conflicts} conflicts, {quarantined} waiting in quarantine.</source>
      <translation>{path}: {applied} aplicados, {known} ya conocidos, {conflicts} conflictos, {quarantined} en espera en cuarentena.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/report_commands.py" />
      <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation>{value} no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-03-31.</translation>
    </message>
  </context>
  <context>
    <name>codes</name>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>4Sale</source>
      <translation>4Sale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuse - physical</source>
      <translation>Abuso físico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuse - social media</source>
      <translation>Abuso en redes sociales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuser</source>
      <translation>Abusador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Accepted</source>
      <translation>Aceptada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Accommodation and food service activities</source>
      <translation>Actividades de alojamiento y de servicio de comidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Achieved</source>
      <translation>Alcanzado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Acquainted</source>
      <translation>Conocido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Activities of extraterritorial organizations and bodies</source>
      <translation>Actividades de organizaciones y órganos extraterritoriales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use</source>
      <translation>Actividades de los hogares como empleadores; actividades no diferenciadas de los hogares como productores de bienes y servicios para uso propio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Actual victim of trafficking</source>
      <translation>Víctima de trata confirmada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Addiction</source>
      <translation>Adicción</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Additional Services Required</source>
      <translation>Se requieren servicios adicionales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Adequate</source>
      <translation>Adecuada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Administrative and support service activities</source>
      <translation>Actividades de servicios administrativos y de apoyo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>After arrival</source>
      <translation>Tras la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Agreed</source>
      <translation>Acordado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Agriculture, forestry and fishing</source>
      <translation>Agricultura, silvicultura y pesca</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Airport reception</source>
      <translation>Recepción en el aeropuerto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Albanian</source>
      <translation>Albanés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Algerian dinar</source>
      <translation>Dinar argelino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Alternative care</source>
      <translation>Cuidado alternativo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Amharic</source>
      <translation>Amárico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Approved</source>
      <translation>Aprobado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arabic</source>
      <translation>Árabe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arrival</source>
      <translation>Llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arrived</source>
      <translation>Llegada realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Arts, entertainment and recreation</source>
      <translation>Actividades artísticas, de entretenimiento y recreativas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Assessed</source>
      <translation>Evaluado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At a place of business</source>
      <translation>En un comercio o empresa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At an educational institution</source>
      <translation>En un centro educativo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>At the office</source>
      <translation>En la oficina</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At work</source>
      <translation>En el trabajo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Bachelor’s or Equivalent Level</source>
      <translation>Grado universitario o nivel equivalente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Baht</source>
      <translation>Baht</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bambara</source>
      <translation>Bambara</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Before departure</source>
      <translation>Antes de la salida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bengali</source>
      <translation>Bengalí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Best-interests assessment (BIA)</source>
      <translation>Evaluación del interés superior (EIS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Best-interests determination (BID)</source>
      <translation>Determinación del interés superior (DIS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Birr</source>
      <translation>Birr</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Birth certificate</source>
      <translation>Certificado de nacimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Boliviano</source>
      <translation>Boliviano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Border police</source>
      <translation>Policía de fronteras</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Bought Individual</source>
      <translation>Persona comprada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Broker Travel Agent</source>
      <translation>Intermediario o agente de viajes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bulgarian</source>
      <translation>Búlgaro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>By phone</source>
      <translation>Por teléfono</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>CFA franc (BCEAO)</source>
      <translation>Franco CFA (BCEAO)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>CFA franc (BEAC)</source>
      <translation>Franco CFA (BEAC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cape Verde escudo</source>
      <translation>Escudo caboverdiano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cash or in-kind allowance</source>
      <translation>Subsidio en efectivo o en especie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cedi</source>
      <translation>Cedi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Central Government Organisation</source>
      <translation>Organismo del gobierno central</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Child care</source>
      <translation>Cuidado infantil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Child labour</source>
      <translation>Trabajo infantil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Child protection authority</source>
      <translation>Autoridad de protección de la infancia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Childcare</source>
      <translation>Cuidado infantil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Children with a best-interests determination before return</source>
      <translation>Menores con determinación del interés superior antes del retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Chinese</source>
      <translation>Chino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Closed Referred</source>
      <translation>Cerrado – derivado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Colombian peso</source>
      <translation>Peso colombiano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Congolese franc</source>
      <translation>Franco congoleño</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Construction</source>
      <translation>Construcción</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Controlled Individual</source>
      <translation>Persona controlada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Corporate Business</source>
      <translation>Empresa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Court or prosecution</source>
      <translation>Tribunal o fiscalía</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Czech</source>
      <translation>Checo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Dalasi</source>
      <translation>Dalasi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Debt</source>
      <translation>Deudas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Debt bondage</source>
      <translation>Servidumbre por deudas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Deceased</source>
      <translation>Fallecimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Declined</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Delivered</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Departed</source>
      <translation>Salida realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Did not return</source>
      <translation>No retornó</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Disability and physical health</source>
      <translation>Discapacidad y salud física</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Discrimination</source>
      <translation>Discriminación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Divorced</source>
      <translation>Divorciado(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Do not return</source>
      <translation>No retornar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Doctoral or Equivalent Level</source>
      <translation>Doctorado o nivel equivalente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Documentation</source>
      <translation>Documentación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Dong</source>
      <translation>Dong</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Early Childhood Education</source>
      <translation>Educación de la primera infancia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Economic</source>
      <translation>Económica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Economic hardship</source>
      <translation>Dificultades económicas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Education</source>
      <translation>Educación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Egyptian pound</source>
      <translation>Libra egipcia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Electricity, gas, steam and air conditioning supply</source>
      <translation>Suministro de electricidad, gas, vapor y aire acondicionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Employment</source>
      <translation>Empleo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Euro</source>
      <translation>Euro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ewe</source>
      <translation>Ewe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Excessive working hours</source>
      <translation>Jornadas laborales excesivas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Exploitation</source>
      <translation>Explotación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Exploiter</source>
      <translation>Explotador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Facebook</source>
      <translation>Facebook</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Facebook Messenger</source>
      <translation>Facebook Messenger</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>False promises</source>
      <translation>Falsas promesas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Familial</source>
      <translation>Familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family involved in the trafficking</source>
      <translation>Familia implicada en la trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family mediation</source>
      <translation>Mediación familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family relations</source>
      <translation>Relaciones familiares</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family support</source>
      <translation>Apoyo familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Female</source>
      <translation>Mujer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Feminine</source>
      <translation>Femenino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Financial</source>
      <translation>Financiera</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Financial and insurance activities</source>
      <translation>Actividades financieras y de seguros</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Financial services</source>
      <translation>Servicios financieros</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Follow Up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Follow-up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Food</source>
      <translation>Alimentación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced adoption</source>
      <translation>Adopción forzada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced begging</source>
      <translation>Mendicidad forzada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced labour</source>
      <translation>Trabajo forzoso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced marriage</source>
      <translation>Matrimonio forzado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced military (by non-state actors)</source>
      <translation>Reclutamiento militar forzoso (por actores no estatales)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>French</source>
      <translation>Francés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Fulah</source>
      <translation>Fula</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Gendarmerie</source>
      <translation>Gendarmería</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>German</source>
      <translation>Alemán</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guaraní</source>
      <translation>Guaraní</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guardian appointed in the host country</source>
      <translation>Tutor designado en el país de acogida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guinean franc</source>
      <translation>Franco guineano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Harboured Individual</source>
      <translation>Persona acogida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hausa</source>
      <translation>Hausa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Health</source>
      <translation>Salud</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Health Service Organisation</source>
      <translation>Organización de servicios de salud</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Health care</source>
      <translation>Atención de salud</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>High</source>
      <translation>Alto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hindi</source>
      <translation>Hindi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Home visit</source>
      <translation>Visita domiciliaria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Homelessness</source>
      <translation>Falta de vivienda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Housing</source>
      <translation>Vivienda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hryvnia</source>
      <translation>Grivna</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Human health and social work activities</source>
      <translation>Actividades de atención de la salud humana y de asistencia social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>IOM mission</source>
      <translation>Misión de la OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>IOM office</source>
      <translation>Oficina de la OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Identified</source>
      <translation>Identificado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Identity documents</source>
      <translation>Documentos de identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Igbo</source>
      <translation>Igbo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Immigration Service</source>
      <translation>Servicio de inmigración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Inadequate</source>
      <translation>Inadecuada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Income</source>
      <translation>Ingresos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Income-generating activity / business start-up</source>
      <translation>Actividad generadora de ingresos / creación de empresa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Indian rupee</source>
      <translation>Rupia india</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Information and communication</source>
      <translation>Información y comunicaciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Integration in the host country</source>
      <translation>Integración en el país de acogida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>International organisation</source>
      <translation>Organización internacional</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Italian</source>
      <translation>Italiano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Job placement</source>
      <translation>Colocación laboral</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Kenyan shilling</source>
      <translation>Chelín keniano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Kidnapper</source>
      <translation>Secuestrador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Kinyarwanda</source>
      <translation>Kinyarwanda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Labour Exploitation Rehabilitation</source>
      <translation>Rehabilitación tras explotación laboral</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Labour inspectorate</source>
      <translation>Inspección del trabajo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Law Enforcement</source>
      <translation>Fuerzas del orden</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Legal</source>
      <translation>Jurídica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Legal Service</source>
      <translation>Servicio jurídico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal aid</source>
      <translation>Ayuda jurídica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal assistance</source>
      <translation>Asistencia jurídica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal guardian</source>
      <translation>Tutor legal</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal matters</source>
      <translation>Asuntos jurídicos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lek</source>
      <translation>Lek</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Leone</source>
      <translation>Leone</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lev</source>
      <translation>Lev búlgaro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Liberian dollar</source>
      <translation>Dólar liberiano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Limited</source>
      <translation>Limitada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lingala</source>
      <translation>Lingala</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Livelihood</source>
      <translation>Medios de vida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Local Government Organisation</source>
      <translation>Administración local</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lost contact</source>
      <translation>Contacto perdido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Low</source>
      <translation>Bajo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Lower Secondary Education</source>
      <translation>Educación secundaria baja</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Malagasy</source>
      <translation>Malgache</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Male</source>
      <translation>Hombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Manufacturing</source>
      <translation>Industrias manufactureras</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Married</source>
      <translation>Casado(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Masculine</source>
      <translation>Masculino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Master’s or Equivalent Level</source>
      <translation>Maestría o nivel equivalente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medical care</source>
      <translation>Atención médica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medical check-up</source>
      <translation>Chequeo médico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medium</source>
      <translation>Medio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Mental health</source>
      <translation>Salud mental</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Migrated again</source>
      <translation>Volvió a migrar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Migration</source>
      <translation>Migración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Migration or Change of Location</source>
      <translation>Migración o cambio de lugar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Mining and quarrying</source>
      <translation>Explotación de minas y canteras</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Missed</source>
      <translation>No realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Monitoring</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Monitoring visits done</source>
      <translation>Visitas de seguimiento realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Moroccan dirham</source>
      <translation>Dírham marroquí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>NGO</source>
      <translation>ONG</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Naira</source>
      <translation>Naira</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nakfa</source>
      <translation>Nakfa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>National identity card</source>
      <translation>Documento nacional de identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Neglect</source>
      <translation>Negligencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nepalese rupee</source>
      <translation>Rupia nepalí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nepali</source>
      <translation>Nepalí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Non-Conforming</source>
      <translation>No conforme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Non-police governmental organization</source>
      <translation>Organismo gubernamental no policial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Not Specified/Unknown</source>
      <translation>No especificado/Desconocido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Not a victim of trafficking</source>
      <translation>No es víctima de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not achieved</source>
      <translation>No alcanzado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not eligible</source>
      <translation>No elegible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not stated</source>
      <translation>No indicado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not the same person</source>
      <translation>No es la misma persona</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>OFII</source>
      <translation>OFII</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Open</source>
      <translation>Abierto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Organ removal</source>
      <translation>Extracción de órganos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Oromo</source>
      <translation>Oromo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Other service activities</source>
      <translation>Otras actividades de servicios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ouguiya</source>
      <translation>Uguiya</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pakistani rupee</source>
      <translation>Rupia pakistaní</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Parent with parental authority</source>
      <translation>Progenitor con patria potestad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Partly achieved</source>
      <translation>Parcialmente alcanzado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Partly delivered</source>
      <translation>Parcialmente realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pashto</source>
      <translation>Pastún</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Passport</source>
      <translation>Pasaporte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pending</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persian</source>
      <translation>Persa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons assessed</source>
      <translation>Personas evaluadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons assisted to return</source>
      <translation>Personas asistidas para el retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons reached at 12 months</source>
      <translation>Personas contactadas a los 12 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons who received arrival assistance</source>
      <translation>Personas que recibieron asistencia a la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Philippine peso</source>
      <translation>Peso filipino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Physical abuse</source>
      <translation>Violencia física</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Physical health</source>
      <translation>Salud física</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Physical threats</source>
      <translation>Amenazas físicas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Planned</source>
      <translation>Prevista</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Plans agreed within a month of arrival</source>
      <translation>Planes acordados en el mes siguiente a la llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Police</source>
      <translation>Policía</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Pornography</source>
      <translation>Pornografía</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Portuguese</source>
      <translation>Portugués</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Possible victim of trafficking</source>
      <translation>Presunta víctima de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Possibly the same person</source>
      <translation>Posiblemente la misma persona</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Post-secondary Non-tertiary Education</source>
      <translation>Educación postsecundaria no terciaria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pound sterling</source>
      <translation>Libra esterlina</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Poverty</source>
      <translation>Pobreza</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Primary Education</source>
      <translation>Educación primaria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Private Sexual Services</source>
      <translation>Servicios sexuales privados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Professional, scientific and technical activities</source>
      <translation>Actividades profesionales, científicas y técnicas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Professionals trained</source>
      <translation>Profesionales capacitados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Proposed</source>
      <translation>Propuesta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Prostitution</source>
      <translation>Prostitución</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Protection concern</source>
      <translation>Problema de protección</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Psychoactive substance</source>
      <translation>Sustancias psicoactivas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Psychological abuse</source>
      <translation>Violencia psicológica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Psychosocial</source>
      <translation>Psicosocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Psychosocial support</source>
      <translation>Apoyo psicosocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Public administration and defence; compulsory social security</source>
      <translation>Administración pública y defensa; planes de seguridad social de afiliación obligatoria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Punjabi</source>
      <translation>Panyabí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>QQ</source>
      <translation>QQ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>QZone</source>
      <translation>QZone</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Quechua</source>
      <translation>Quechua</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Real</source>
      <translation>Real brasileño</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Real estate activities</source>
      <translation>Actividades inmobiliarias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Received Individual</source>
      <translation>Persona recibida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Receiving assistance</source>
      <translation>Recibir asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Recruiter Or Intermediary</source>
      <translation>Reclutador o intermediario</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Recruitment</source>
      <translation>Captación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Referred to another organisation</source>
      <translation>Derivado a otra organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Refused</source>
      <translation>Rehusada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Registered Partnership</source>
      <translation>Unión registrada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration</source>
      <translation>Reintegración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration completed</source>
      <translation>Reintegración completada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration measures delivered</source>
      <translation>Medidas de reintegración realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Relative caring for the child</source>
      <translation>Familiar que cuida del menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Remote Interactive Services</source>
      <translation>Servicios sexuales interactivos a distancia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Resettlement in a third country</source>
      <translation>Reasentamiento en un tercer país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Residence permit</source>
      <translation>Permiso de residencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Restricts financial access</source>
      <translation>Restringe el acceso al dinero</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Restricts medical care</source>
      <translation>Restringe el acceso a la atención médica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return approved</source>
      <translation>Retorno aprobado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return being considered</source>
      <translation>Retorno en consideración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return not recommended</source>
      <translation>Retorno no recomendado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return recommended</source>
      <translation>Retorno recomendado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return to alternative care</source>
      <translation>Retorno a un cuidado alternativo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return to the family</source>
      <translation>Retorno con la familia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reunify with support</source>
      <translation>Reunificación con apoyo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reunify with the family</source>
      <translation>Reunificación con la familia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Rights-based Training</source>
      <translation>Capacitación basada en derechos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Risk of re-trafficking</source>
      <translation>Riesgo de volver a ser víctima de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Romanian</source>
      <translation>Rumano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Romanian leu</source>
      <translation>Leu rumano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Russian</source>
      <translation>Ruso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Safety and protection</source>
      <translation>Seguridad y protección</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>School or College</source>
      <translation>Escuela o centro de estudios superiores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Secondary transport</source>
      <translation>Transporte secundario</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sent</source>
      <translation>Enviada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Separated</source>
      <translation>Separado(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Separated child</source>
      <translation>Menor separado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Servitude</source>
      <translation>Servidumbre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual Exploitation Rehabilitation</source>
      <translation>Rehabilitación tras explotación sexual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual abuse</source>
      <translation>Violencia sexual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual exploitation</source>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sharing data with a named partner</source>
      <translation>Compartir datos con un socio designado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Shelter</source>
      <translation>Albergue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Short-cycle Tertiary Education</source>
      <translation>Educación terciaria de ciclo corto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Single</source>
      <translation>Soltero(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sinhala</source>
      <translation>Cingalés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Smuggler</source>
      <translation>Traficante de migrantes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>SnapChat</source>
      <translation>SnapChat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Social</source>
      <translation>Social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Social Care</source>
      <translation>Atención social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Social Group</source>
      <translation>Grupo social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sol</source>
      <translation>Sol peruano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sold Individual</source>
      <translation>Persona vendida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Somali</source>
      <translation>Somalí</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sri Lanka rupee</source>
      <translation>Rupia de Sri Lanka</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Stigma in the community</source>
      <translation>Estigmatización en la comunidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Surrogacy</source>
      <translation>Gestación subrogada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Swahili</source>
      <translation>Suajili</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tagalog</source>
      <translation>Tagalo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Taka</source>
      <translation>Taka</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Takes earnings</source>
      <translation>Se queda con los ingresos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tamil</source>
      <translation>Tamil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Telegram</source>
      <translation>Telegram</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Temporary housing</source>
      <translation>Alojamiento temporal</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Thai</source>
      <translation>Tailandés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The guardian</source>
      <translation>El tutor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The person</source>
      <translation>La persona</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The same person</source>
      <translation>La misma persona</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Threatens children/family</source>
      <translation>Amenaza a los hijos o a la familia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Threats of law enforcement</source>
      <translation>Amenazas de denuncia a las autoridades</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through a newspaper advert</source>
      <translation>Mediante un anuncio en prensa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through a television advert</source>
      <translation>Mediante un anuncio en televisión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through an online advertisement</source>
      <translation>Mediante un anuncio en línea</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through family or family events</source>
      <translation>A través de la familia o de eventos familiares</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through friends or social events</source>
      <translation>A través de amigos o de eventos sociales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through online social networks</source>
      <translation>A través de redes sociales en línea</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tigrinya</source>
      <translation>Tigriña</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>TikTok</source>
      <translation>TikTok</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Trainings held</source>
      <translation>Capacitaciones realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Transfer of the case between IOM offices</source>
      <translation>Transferencia del caso entre oficinas de la OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transferred Individual</source>
      <translation>Persona trasladada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transgender Feminine</source>
      <translation>Transgénero femenino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transgender Masculine</source>
      <translation>Transgénero masculino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transit</source>
      <translation>Tránsito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Transit assistance</source>
      <translation>Asistencia en tránsito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transportation and storage</source>
      <translation>Transporte y almacenamiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transporter</source>
      <translation>Transportista</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Travel document (laissez-passer)</source>
      <translation>Documento de viaje (laissez-passer)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Travelling Partner</source>
      <translation>Compañero(a) de viaje</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tunisian dinar</source>
      <translation>Dinar tunecino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Twi</source>
      <translation>Twi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Twitter</source>
      <translation>Twitter</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>US dollar</source>
      <translation>Dólar estadounidense</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ugandan shilling</source>
      <translation>Chelín ugandés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ukrainian</source>
      <translation>Ucraniano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Unaccompanied child</source>
      <translation>Menor no acompañado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Unaquainted</source>
      <translation>Desconocido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Upper Secondary Education</source>
      <translation>Educación secundaria alta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Urdu</source>
      <translation>Urdu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Viber</source>
      <translation>Viber</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Vietnamese</source>
      <translation>Vietnamita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Violence or abuse at home</source>
      <translation>Violencia o maltrato en el hogar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Vocational training</source>
      <translation>Formación profesional</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Water supply; sewerage, waste management and remediation</source>
      <translation>Suministro de agua; evacuación de aguas residuales, gestión de desechos y descontaminación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>WhatsApp</source>
      <translation>WhatsApp</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Wholesale and retail trade; repair of motor vehicles and motorcycles</source>
      <translation>Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Widowed</source>
      <translation>Viudo(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Withdrew from the programme</source>
      <translation>Abandonó el programa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Withholds documents</source>
      <translation>Retiene los documentos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Withholds necessities</source>
      <translation>Priva de lo necesario</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Wolof</source>
      <translation>Wolof</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Work environment</source>
      <translation>Entorno laboral</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Yoruba</source>
      <translation>Yoruba</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Yuan</source>
      <translation>Yuan</translation>
    </message>
  </context>
  <context>
    <name>consent</name>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>receiving assistance</source>
      <translation>recibir asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>sharing data with this partner</source>
      <translation>compartir datos con este socio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>transfer to the office of return</source>
      <translation>la transferencia a la oficina del país de retorno</translation>
    </message>
  </context>
  <context>
    <name>entry</name>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by `care attach`</source>
      <translation>mediante `care attach`</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by `care case advance`</source>
      <translation>mediante `care case advance`</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by duplicate detection</source>
      <translation>mediante la detección de duplicados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>from the arrival date</source>
      <translation>a partir de la fecha de llegada</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>A bundle is larger than the relay accepts. Take it on a USB stick instead: care sync --folder PATH.</source>
      <translation>Un paquete supera el tamaño que acepta el relé. Llévelo en una memoria USB: care sync --folder RUTA.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>A case cannot move from {current} to {target}. Cases move one step at a time, can be closed at any step, and a closed case can be reopened.</source>
      <translation>Un caso no puede pasar de «{current}» a «{target}». Los casos avanzan de una etapa en una, pueden cerrarse en cualquier etapa, y un caso cerrado puede reabrirse.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>A database already exists at {path}. It has not been touched. To start again, move it away yourself first, or choose another place.</source>
      <translation>Ya existe una base de datos en {path}. No se ha modificado. Para empezar de nuevo, muévala usted mismo primero, o elija otro lugar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>A field device can only pin the office (a coordinator's card), and the office enrols field devices. This card is of a {role} device.</source>
      <translation>Un dispositivo de terreno solo puede fijar la oficina (la tarjeta de un(a) coordinador(a)), y la oficina inscribe los dispositivos de terreno. Esta tarjeta es de un dispositivo {role}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>A mailbox on the relay is full. Bundles wait in the outbox; tell the office so that the recipient syncs.</source>
      <translation>Un buzón del relé está lleno. Los paquetes esperan en la bandeja de salida; avise a la oficina para que el destinatario se sincronice.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A measure that is {current} cannot become {target}.</source>
      <translation>Una medida en estado «{current}» no puede pasar a «{target}».</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A reintegration measure can only be approved once the reintegration plan is agreed with the person. Agree the plan first.</source>
      <translation>Una medida de reintegración solo puede aprobarse una vez acordado el plan de reintegración con la persona. Acuerde primero el plan.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>Another sync of this database is running (in the application or another window). Wait until it has finished, then try again.</source>
      <translation>Hay otra sincronización de esta base de datos en curso (en la aplicación o en otra ventana). Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>Case {case} has no planned monitoring visit, so there is no visit form to print. Check its arrival date, or print its case sheet instead.</source>
      <translation>El caso {case} no tiene ninguna visita de seguimiento prevista, así que no hay ningún formulario de visita que imprimir. Compruebe su fecha de llegada, o imprima en su lugar la ficha del caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>Case {case} has no planned visit {slot}. Its planned visits: {slots}.</source>
      <translation>El caso {case} no tiene prevista la visita {slot}. Sus visitas previstas: {slots}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Choose the reason for closing the case.</source>
      <translation>Elija el motivo del cierre del caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Erasing a case cannot be undone. Run the command again with --confirm CASE_CODE.</source>
      <translation>Borrar un caso no se puede deshacer. Vuelva a ejecutar el comando con --confirm CASE_CODE.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>Give both --tls-cert and --tls-key: the certificate and its private key.</source>
      <translation>Indique tanto --tls-cert como --tls-key: el certificado y su clave privada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>No case {reference} on this device. Check the case code (such as NGA-7KQ3-MZ2P).</source>
      <translation>No hay ningún caso {reference} en este dispositivo. Compruebe el código del caso (por ejemplo NGA-7KQ3-MZ2P).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>No enrolled device {device}. See `care devices list`.</source>
      <translation>No hay ningún dispositivo inscrito {device}. Véase `care devices list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No new passphrase was given. Set CARE_NEW_PASSPHRASE or run the command in a terminal to be asked for it twice.</source>
      <translation>No se indicó ninguna frase de contraseña nueva. Defina CARE_NEW_PASSPHRASE o ejecute el comando en un terminal para que se le pida dos veces.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>No participant of this session is marked as having attended, so there is no certificate to print. Record the attendance first.</source>
      <translation>Ningún participante de esta sesión está marcado como asistente, así que no hay ningún certificado que imprimir. Registre primero la asistencia.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No passphrase was given. Set CARE_PASSPHRASE or run the command in a terminal to be asked for it.</source>
      <translation>No se indicó ninguna frase de contraseña. Defina CARE_PASSPHRASE o ejecute el comando en un terminal para que se le pida.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>No record of the kind “{record}” has the id {record_id} on this device. Check the id.</source>
      <translation>Ningún registro del tipo «{record}» tiene el id {record_id} en este dispositivo. Compruebe el id.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>No relay address is set. Give one with --relay URL (or in Settings), or use a folder with --folder PATH.</source>
      <translation>No hay ninguna dirección de relé configurada. Indique una con --relay URL (o en Configuración), o use una carpeta con --folder RUTA.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No system keyring is available on this computer. Unlock with your passphrase; everything else works as usual.</source>
      <translation>No hay ningún llavero del sistema disponible en este equipo. Desbloquee con su frase de contraseña; todo lo demás funciona como de costumbre.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>No training session has the id {session}. `care training` lists the sessions.</source>
      <translation>Ninguna sesión de capacitación tiene el id {session}. `care training` enumera las sesiones.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>No visit is due from {start} to {end}: there is nothing to print.</source>
      <translation>No vence ninguna visita del {start} al {end}: no hay nada que imprimir.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Not enrolled: the fingerprints were not confirmed. Compare them with the other side, then run again with --fingerprint or answer yes.</source>
      <translation>No inscrito: las huellas no se confirmaron. Compárelas con la otra parte y vuelva a ejecutar con --fingerprint o responda sí.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>Only a closed case can be anonymised. Close it first.</source>
      <translation>Solo se puede anonimizar un caso cerrado. Ciérrelo primero.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>Only a coordinator's device can {action}. Ask the office.</source>
      <translation>Solo el dispositivo de un(a) coordinador(a) puede {action}. Consulte a la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>Only the office (a coordinator's device) can do this.</source>
      <translation>Solo la oficina (el dispositivo de un(a) coordinador(a)) puede hacer esto.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Say why the case is reopened.</source>
      <translation>Indique por qué se reabre el caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>Several cases have the code {reference}; use the case id instead.</source>
      <translation>Varios casos tienen el código {reference}; use en su lugar el id del caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>Something went wrong. Please try again.</source>
      <translation>Algo salió mal. Vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>The PDF could not be saved in {path} ({reason}). Choose another folder; nothing was written.</source>
      <translation>No se pudo guardar el PDF en {path} ({reason}). Elija otra carpeta; no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The TLS certificate {cert} and key {key} cannot be used. Check that both files exist, are readable, are in PEM format and that the key belongs to the certificate.</source>
      <translation>No se pueden usar el certificado TLS {cert} ni la clave {key}. Compruebe que ambos archivos existen, se pueden leer, están en formato PEM y que la clave corresponde al certificado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>The answers must be a JSON object of indicator codes and answer codes.</source>
      <translation>Las respuestas deben ser un objeto JSON de códigos de indicador y códigos de respuesta.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>The bundle {path} was refused: {reason} Nothing was changed.</source>
      <translation>El paquete {path} fue rechazado: {reason} No se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>The case cannot move to {target} yet. Missing: {missing}</source>
      <translation>El caso todavía no puede pasar a «{target}». Falta: {missing}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The check found problems (listed above: {count}). Keep the laptop as it is and contact the office before making changes.</source>
      <translation>La verificación encontró problemas ({count}, enumerados arriba). Deje el portátil como está y contacte con la oficina antes de hacer cambios.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>The copy could not be written to {path}. Check that the folder exists, that you may write there and that the disk is not full.</source>
      <translation>No se pudo escribir la copia en {path}. Compruebe que la carpeta existe, que puede escribir en ella y que el disco no está lleno.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is in use by another CARE Desktop window or command. Close it and try again.</source>
      <translation>La base de datos está en uso por otra ventana o comando de CARE Desktop. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is locked. Unlock it with your passphrase to continue.</source>
      <translation>La base de datos está bloqueada. Desbloquéela con su frase de contraseña para continuar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} is damaged or has been tampered with: its encrypted pages do not check out. Do not use it; restore your last backup and contact the office.</source>
      <translation>La base de datos {path} está dañada o ha sido manipulada: sus páginas cifradas no superan la verificación. No la use; restaure su última copia de seguridad y contacte con la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} was written by a newer version of CARE Desktop. Install the latest version to open it; nothing has been changed.</source>
      <translation>La base de datos {path} fue escrita por una versión más reciente de CARE Desktop. Instale la última versión para abrirla; no se ha modificado nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The disk is full. Free some space and try again; nothing has been saved.</source>
      <translation>El disco está lleno. Libere espacio y vuelva a intentarlo; no se ha guardado nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>The file was not imported: {count} problems, listed above with their row or record. Correct them and import the whole file again; nothing was changed.</source>
      <translation>El archivo no se importó: {count} problemas, enumerados arriba con su fila o registro. Corríjalos e importe de nuevo el archivo completo; no se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>The fingerprint does not match: {actual} here, {expected} given. Do not enrol this device; check with the other side by phone or in person.</source>
      <translation>La huella no coincide: {actual} aquí, {expected} indicada. No inscriba este dispositivo; compruébelo con la otra parte por teléfono o en persona.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The folder {path} cannot be used for sync. Check that the stick or share is connected and writable.</source>
      <translation>La carpeta {path} no se puede usar para sincronizar. Compruebe que la memoria o la carpeta compartida está conectada y admite escritura.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/print_service.py" />
      <source>The full case sheet (identity, trafficking details, budget) is printed at the office, on a coordinator's computer. Print the interview sheet here.</source>
      <translation>La ficha completa del caso (identidad, detalles de la trata, presupuesto) se imprime en la oficina, en el equipo de un(a) coordinador(a). Imprima aquí la ficha de entrevista.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} belongs to another database. Put this database's own key file next to it (the same name followed by .keys); nothing has been changed.</source>
      <translation>El archivo de claves {path} pertenece a otra base de datos. Coloque junto a ella el archivo de claves propio de esta base de datos (el mismo nombre seguido de .keys); no se ha modificado nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} is damaged and cannot be read. Restore it from your backup and contact the office.</source>
      <translation>El archivo de claves {path} está dañado y no se puede leer. Restáurelo desde su copia de seguridad y contacte con la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} that belongs to this database is missing. Restore it from your backup; without it the database cannot be opened.</source>
      <translation>Falta el archivo de claves {path} de esta base de datos. Restáurelo desde su copia de seguridad; sin él, la base de datos no se puede abrir.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The office has revoked this device, so the relay refuses it. Its bundles stay on this laptop; contact the office.</source>
      <translation>La oficina ha revocado este dispositivo, por lo que el relé lo rechaza. Sus paquetes permanecen en este portátil; contacte con la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation>La frase de contraseña no es correcta. Compruebe la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>The plan is {current}; it can only move to the next step ({expected}).</source>
      <translation>El plan está en estado «{current}»; solo puede pasar a la etapa siguiente ({expected}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay answered in a way this version does not understand, or sent a damaged bundle. Nothing was lost; sync again later, and tell the office if it goes on.</source>
      <translation>El relé respondió de una forma que esta versión no entiende, o envió un paquete dañado. No se perdió nada; vuelva a sincronizar más tarde y avise a la oficina si continúa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay cannot be reached. Nothing is lost: bundles wait in the outbox and leave at the next sync. Check the connection, or use a folder: care sync --folder PATH.</source>
      <translation>No se puede contactar con el relé. No se pierde nada: los paquetes esperan en la bandeja de salida y saldrán en la próxima sincronización. Compruebe la conexión, o use una carpeta: care sync --folder RUTA.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay cannot listen on {host} port {port}: the address is in use, unknown or not allowed. Choose another --host or --port, or stop the program that uses it.</source>
      <translation>El relé no puede escuchar en {host} puerto {port}: la dirección está en uso, es desconocida o no está permitida. Elija otro --host u otro --port, o detenga el programa que la usa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay cannot use the folder {path}. Check that it exists or can be created and that this account may write to it.</source>
      <translation>El relé no puede usar la carpeta {path}. Compruebe que existe o puede crearse y que esta cuenta puede escribir en ella.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay does not know this device yet: the office must sync once after enrolling it. Bundles wait in the outbox.</source>
      <translation>El relé todavía no conoce este dispositivo: la oficina debe sincronizarse una vez después de inscribirlo. Los paquetes esperan en la bandeja de salida.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay refused a request ({code}). Bundles wait in the outbox; tell the office if it goes on.</source>
      <translation>El relé rechazó una solicitud ({code}). Los paquetes esperan en la bandeja de salida; avise a la oficina si continúa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay refused this device's signature. Check the relay address and this computer's date and time; if it goes on, contact the office.</source>
      <translation>El relé rechazó la firma de este dispositivo. Compruebe la dirección del relé y la fecha y hora de este equipo; si continúa, contacte con la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay's certificate is not trusted, so nothing was sent. Ask IT for the relay's certificate authority file and give it with --ca-cert.</source>
      <translation>El certificado del relé no es de confianza, así que no se envió nada. Pida al servicio informático el archivo de la autoridad de certificación del relé e indíquelo con --ca-cert.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay's file {path} is damaged or does not match the office card. Move it away and start again; the office then uploads its roster again.</source>
      <translation>El archivo {path} del relé está dañado o no corresponde a la tarjeta de la oficina. Muévalo a otro lugar y vuelva a iniciar; la oficina enviará entonces de nuevo su lista de dispositivos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/indicator_service.py" />
      <source>The report's period starts on {start}, after it ends ({end}; no later than today). Choose a start date on or before the end date.</source>
      <translation>El periodo del informe empieza el {start}, después de su fin ({end}; como muy tarde hoy). Elija una fecha de inicio igual o anterior a la fecha de fin.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The sync could not write next to the database (is the disk full?). Nothing was lost; free some space, then sync again.</source>
      <translation>La sincronización no pudo escribir junto a la base de datos (¿está lleno el disco?). No se perdió nada; libere espacio y vuelva a sincronizar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The sync was stopped. Nothing is lost: it goes on at the next sync.</source>
      <translation>La sincronización se detuvo. No se pierde nada: continuará en la próxima sincronización.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring holds no key for this database. Unlock with your passphrase, then turn on "Unlock with my login" again in Settings.</source>
      <translation>El llavero del sistema no contiene ninguna clave para esta base de datos. Desbloquee con su frase de contraseña y vuelva a activar «Desbloquear con mi sesión» en Configuración.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring is locked or did not answer. Unlock with your passphrase, or log in again to unlock the keyring.</source>
      <translation>El llavero del sistema está bloqueado o no respondió. Desbloquee con su frase de contraseña, o vuelva a iniciar sesión para desbloquear el llavero.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The two passphrases are not the same. Type the new passphrase twice.</source>
      <translation>Las dos frases de contraseña no coinciden. Escriba dos veces la nueva frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/conflict_service.py" />
      <source>The value must be JSON, for example "Benin City", 12 or null.</source>
      <translation>El valor debe ser JSON, por ejemplo "Benin City", 12 o null.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight of {name} is negative. Weights must be 0 or more; ask the office for a corrected file.</source>
      <translation>La ponderación de {name} es negativa. Las ponderaciones deben ser 0 o más; pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table contains a number that is not finite (NaN or Infinity). Replace it with an ordinary number, or ask the office for a corrected file.</source>
      <translation>La tabla de ponderaciones contiene un número que no es finito (NaN o Infinity). Sustitúyalo por un número normal, o pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives a weight for {code}, which is not a question of this survey. The table may be meant for another version of the survey; ask the office.</source>
      <translation>La tabla de ponderaciones da una ponderación para {code}, que no es una pregunta de esta encuesta. Puede que la tabla sea para otra versión de la encuesta; consulte a la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for survey question {code}. Every question needs a weight (0 to leave it out); ask the office for a complete table.</source>
      <translation>La tabla de ponderaciones no da ninguna ponderación para la pregunta {code} de la encuesta. Cada pregunta necesita una ponderación (0 para excluirla); pida a la oficina una tabla completa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for the {dimension} dimension. Ask the office for a complete table.</source>
      <translation>La tabla de ponderaciones no da ninguna ponderación para la dimensión {dimension}. Pida a la oficina una tabla completa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has an entry {field} that CARE Desktop does not know. Remove it, or ask the office for a corrected file.</source>
      <translation>La tabla de ponderaciones tiene una entrada {field} que CARE Desktop no conoce. Elimínela, o pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has no {field} entry. Add it, or ask the office for a corrected file.</source>
      <translation>La tabla de ponderaciones no tiene ninguna entrada {field}. Añádala, o pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table names {key} twice, so it is ambiguous. Keep one entry for {key} and load it again, or ask the office for a corrected file.</source>
      <translation>La tabla de ponderaciones nombra {key} dos veces, por lo que es ambigua. Conserve una sola entrada para {key} y cárguela de nuevo, o pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table weighs a dimension {dimension}, but the survey only has the economic, social and psychosocial dimensions. Ask the office for a corrected file.</source>
      <translation>La tabla de ponderaciones pondera una dimensión {dimension}, pero la encuesta solo tiene las dimensiones económica, social y psicosocial. Pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the three dimensions add up to 0, so no overall score could be computed. At least one must be above 0; ask the office for a corrected file.</source>
      <translation>Las ponderaciones de las tres dimensiones suman 0, así que no se pudo calcular ninguna puntuación global. Al menos una debe ser mayor que 0; pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the {dimension} questions add up to 0, so that dimension could never be scored. At least one of them must be above 0; ask the office for a corrected file.</source>
      <translation>Las ponderaciones de las preguntas de la dimensión {dimension} suman 0, así que esa dimensión nunca podría puntuarse. Al menos una debe ser mayor que 0; pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The {field} entry of the weight table is empty or of the wrong kind. Correct it, or ask the office for a corrected file.</source>
      <translation>La entrada {field} de la tabla de ponderaciones está vacía o es de un tipo incorrecto. Corríjala, o pida a la oficina un archivo corregido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/conflict_service.py" />
      <source>There is no conflict {conflict} (any more). See `care conflicts list`.</source>
      <translation>No hay (o ya no hay) ningún conflicto {conflict}. Véase `care conflicts list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>There is no database at {path}. Create one with the set-up wizard or `care init`, or restore your backup to that place.</source>
      <translation>No hay ninguna base de datos en {path}. Cree una con el asistente de configuración o con `care init`, o restaure su copia de seguridad en ese lugar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>There is no enrolled device {device}. See `care devices list`.</source>
      <translation>No hay ningún dispositivo inscrito {device}. Véase `care devices list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/indicator_service.py" />
      <source>There is no programme {programme}. Give a programme's name or id as it appears in the dashboard, or leave it out for every programme.</source>
      <translation>No existe el programa {programme}. Indique el nombre o el id de un programa tal como aparece en el panel, u omítalo para todos los programas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>This case already has its “{record}”; change it instead of adding another.</source>
      <translation>Este caso ya tiene su «{record}»; modifíquelo en lugar de añadir otro.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>This case can be anonymised from {date} ({years} years after it was closed). Until then its data is kept; erase it only on the person's request.</source>
      <translation>Este caso podrá anonimizarse a partir del {date} ({years} años después de su cierre). Hasta entonces sus datos se conservan; bórrelo solo a petición de la persona.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>This case has no reintegration plan yet. Create it first.</source>
      <translation>Este caso todavía no tiene un plan de reintegración. Créelo primero.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>This case has no valid consent for {scope}. Record the person's (or guardian's) consent first; nothing was changed.</source>
      <translation>Este caso no tiene un consentimiento válido para {scope}. Registre primero el consentimiento de la persona (o de su tutor); no se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This device already trusts another office ({fingerprint}). Set it up again to move it to a new office.</source>
      <translation>Este dispositivo ya confía en otra oficina ({fingerprint}). Vuelva a configurarlo para trasladarlo a una nueva oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This device has not pinned its office yet. Run `care enroll` with the office's card.</source>
      <translation>Este dispositivo todavía no ha fijado su oficina. Ejecute `care enroll` con la tarjeta de la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is larger than {limit_kb} kB, far too large for an RSS weight table. Check that you chose the right file.</source>
      <translation>Este archivo supera {limit_kb} kB, demasiado para una tabla de ponderaciones RSS. Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a JSON document, so it cannot be an RSS weight table. Check that you chose the right file, or ask the office for a new copy.</source>
      <translation>Este archivo no es un documento JSON, así que no puede ser una tabla de ponderaciones RSS. Compruebe que eligió el archivo correcto, o pida a la oficina una nueva copia.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a valid RSS weight table. Ask the office for the file IOM provided.</source>
      <translation>Este archivo no es una tabla de ponderaciones RSS válida. Pida a la oficina el archivo proporcionado por la OIM.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This is not an age public key (it starts with age1). Check the escrow recipient.</source>
      <translation>Esta no es una clave pública age (empieza por age1). Compruebe el destinatario de custodia.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This passphrase is too weak. Use at least {minimum} characters, for example four or five unrelated words, and nothing easy to guess such as a name or a repeated pattern.</source>
      <translation>Esta frase de contraseña es demasiado débil. Use al menos {minimum} caracteres, por ejemplo cuatro o cinco palabras sin relación entre sí, y nada fácil de adivinar como un nombre o un patrón repetido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key does not belong to this database. Check that you have the sheet of this laptop.</source>
      <translation>Esta clave de recuperación no pertenece a esta base de datos. Compruebe que tiene la hoja de este portátil.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key is mistyped: it should be 14 groups of 4 letters and digits. Check it against the sheet you wrote it on.</source>
      <translation>Esta clave de recuperación está mal escrita: debería tener 14 grupos de 4 letras y cifras. Compárela con la hoja en la que la anotó.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>This relay has no office card yet. Start it once with --office-card FILE, the file that `care identity export` writes on the office computer.</source>
      <translation>Este relé todavía no tiene tarjeta de la oficina. Inícielo una vez con --office-card ARCHIVO, el archivo que `care identity export` escribe en el equipo de la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This survey was recorded with version {version} of the Reintegration Sustainability Survey, which this copy of CARE Desktop does not know. Install the latest version.</source>
      <translation>Esta encuesta se registró con la versión {version} de la Encuesta de Sostenibilidad de la Reintegración (RSS), que esta copia de CARE Desktop no conoce. Instale la última versión.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/monitoring_service.py" />
      <source>This visit has already been recorded (status: {status}); add a case note instead of recording it again.</source>
      <translation>Esta visita ya se registró (estado: {status}); añada una nota al caso en lugar de registrarla de nuevo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>Without --tls-cert and --tls-key the relay listens only on this computer (127.0.0.1, ::1 or localhost), not on {host}: devices would talk to it unencrypted. Give a TLS certificate and its key, or listen on a loopback address behind a TLS proxy.</source>
      <translation>Sin --tls-cert y --tls-key, el relé solo escucha en este equipo (127.0.0.1, ::1 o localhost), no en {host}: los dispositivos se comunicarían con él sin cifrado. Indique un certificado TLS y su clave, o escuche en una dirección local detrás de un proxy TLS.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{answer} is not a possible answer to survey question {indicator}. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation>{answer} no es una respuesta posible a la pregunta {indicator} de la encuesta. Puede que la encuesta provenga de otra versión de CARE Desktop; instale la última versión o contacte con la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{code} is not a country code we know. Use ISO 3166 alpha-3 codes such as NGA or FRA.</source>
      <translation>{code} no es un código de país conocido. Use códigos ISO 3166 alfa-3, como NGA o FRA.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{code} is not a question of the Reintegration Sustainability Survey. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation>{code} no es una pregunta de la Encuesta de Sostenibilidad de la Reintegración (RSS). Puede que la encuesta provenga de otra versión de CARE Desktop; instale la última versión o contacte con la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{feature} is not available in this version of CARE Desktop yet; nothing was changed.</source>
      <translation>{feature} todavía no está disponible en esta versión de CARE Desktop; no se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field} is calculated by CARE Desktop and cannot be set by hand.</source>
      <translation>{field}: este campo lo calcula CARE Desktop y no se puede introducir a mano.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{field} is required.</source>
      <translation>{field} es obligatorio.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a date is expected as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation>{field}: se espera una fecha en formato AAAA-MM-DD, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a record id (UUID) is expected.</source>
      <translation>{field}: se espera un id de registro (UUID).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a value is required.</source>
      <translation>{field}: se requiere un valor.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a whole number is expected.</source>
      <translation>{field}: se espera un número entero.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: an amount such as 1250 or 1250.50 is expected, not negative.</source>
      <translation>{field}: se espera un importe no negativo, como 1250 o 1250.50.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: at most {maximum} characters.</source>
      <translation>{field}: como máximo {maximum} caracteres.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the date cannot be in the future.</source>
      <translation>{field}: la fecha no puede ser futura.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the value must be between {minimum} and {maximum}.</source>
      <translation>{field}: el valor debe estar entre {minimum} y {maximum}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: yes or no is expected (true/false, yes/no, oui/non, 1/0).</source>
      <translation>{field}: se espera sí o no (true/false, sí/no, yes/no, 1/0).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not an ISO 3166 alpha-3 country code (such as NGA or FRA).</source>
      <translation>{field}: {value} no es un código de país ISO 3166 alfa-3 (como NGA o FRA).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not one of the allowed values ({allowed}).</source>
      <translation>{field}: {value} no es uno de los valores permitidos ({allowed}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/attachment_service.py" />
      <source>{name} cannot be read; check that the file exists and that you may open it.</source>
      <translation>{name} no se puede leer; compruebe que el archivo existe y que puede abrirlo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/attachment_service.py" />
      <source>{name} is larger than {limit} MB. Scan it at a lower resolution or split it.</source>
      <translation>{name} supera {limit} MB. Escanéelo con una resolución menor o divídalo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>{name} is not a record type. See docs/data-model.md for the list.</source>
      <translation>{name} no es un tipo de registro. Consulte la lista en docs/data-model.md.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>{path} cannot be read; check the file name and that the stick is plugged in.</source>
      <translation>{path} no se puede leer; compruebe el nombre del archivo y que la memoria USB está conectada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{path} is neither a CARE Desktop JSON export nor a CSV table of cases, or it is damaged. Nothing was changed.</source>
      <translation>{path} no es ni una exportación JSON de CARE Desktop ni una tabla CSV de casos, o está dañado. No se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>{path} is not a CARE Desktop identity card. Ask for the file that `care identity export` writes.</source>
      <translation>{path} no es una tarjeta de identidad de CARE Desktop. Pida el archivo que escribe `care identity export`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/settings_service.py" />
      <source>{path} is not a certificate authority file. Choose the .pem file given by the office, or leave the field empty.</source>
      <translation>{path} no es un archivo de autoridad de certificación. Elija el archivo .pem proporcionado por la oficina, o deje el campo vacío.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>{path} is not the office card this relay was set up with (kept in {stored}). A relay serves one office: start it without --office-card to keep its office, or give another --data folder for a new relay. Nothing was changed.</source>
      <translation>{path} no es la tarjeta de la oficina con la que se configuró este relé (conservada en {stored}). Un relé sirve a una sola oficina: inícielo sin --office-card para conservar su oficina, o indique otra carpeta --data para un nuevo relé. No se modificó nada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>{path} is the identity card of a field device. The relay needs the office's card: the file that `care identity export` writes on the office computer.</source>
      <translation>{path} es la tarjeta de identidad de un dispositivo de terreno. El relé necesita la tarjeta de la oficina: el archivo que `care identity export` escribe en el equipo de la oficina.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{path} is too large to import (more than {limit} MB or {rows} rows).</source>
      <translation>{path} es demasiado grande para importarlo (más de {limit} MB o {rows} filas).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/print_service.py" />
      <source>{profile} is not a print profile. Choose interview or full.</source>
      <translation>{profile} no es un perfil de impresión. Elija interview o full.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{record} has no field {field}. Check the name against docs/data-model.md.</source>
      <translation>{record} no tiene ningún campo {field}. Compruebe el nombre en docs/data-model.md.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>{record} records are made by CARE Desktop itself ({how}); they cannot be added by hand.</source>
      <translation>Los registros «{record}» los crea el propio CARE Desktop ({how}); no se pueden añadir a mano.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{role} is not a role. Choose field (a field officer) or coordinator (the office).</source>
      <translation>{role} no es un rol. Elija field (oficial de terreno) o coordinator (la oficina).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/risk.py" />
      <source>{scale} must be a whole number from 1 to 5, not {value}.</source>
      <translation>{scale} debe ser un número entero de 1 a 5, no {value}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} cannot be “{value}”. Choose one of: {choices}.</source>
      <translation>{setting} no puede ser «{value}». Elija uno de: {choices}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} cannot take that value.</source>
      <translation>{setting} no puede tomar ese valor.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} must be a whole number from {minimum} to {maximum}.</source>
      <translation>{setting} debe ser un número entero de {minimum} a {maximum}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>{text} is not FIELD=VALUE. Write for example gender=Feminine or arrival_date=2026-03-31.</source>
      <translation>{text} no tiene la forma FIELD=VALUE. Escriba por ejemplo gender=Feminine o arrival_date=2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>{url} is not a relay address. Use https://HOST or https://HOST:PORT (http:// only for a relay on this computer).</source>
      <translation>{url} no es una dirección de relé. Use https://HOST o https://HOST:PUERTO (http:// solo para un relé en este equipo).</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Age when trafficked</source>
      <translation>Edad en el momento de la trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Agreed on</source>
      <translation>Acordado el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Amount spent</source>
      <translation>Importe gastado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Anonymised on</source>
      <translation>Anonimizado el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Answers</source>
      <translation>Respuestas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Approved by</source>
      <translation>Aprobado por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Approved on</source>
      <translation>Aprobado el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Arrival date</source>
      <translation>Fecha de llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessment</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessor</source>
      <translation>Evaluador(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Attended</source>
      <translation>Asistió</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Audience</source>
      <translation>Público</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Author</source>
      <translation>Autor(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Authority</source>
      <translation>Autoridad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Caregiving capacity</source>
      <translation>Capacidad de cuidado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case code</source>
      <translation>Código del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Certificate issued</source>
      <translation>Certificado emitido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Closed on</source>
      <translation>Cerrado el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Closure reason</source>
      <translation>Motivo del cierre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Content</source>
      <translation>Contenido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Countries of exploitation</source>
      <translation>Países de explotación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Countries of return</source>
      <translation>Países de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Country of return</source>
      <translation>País de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Country of the mission</source>
      <translation>El país de la misión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of birth estimated</source>
      <translation>Fecha de nacimiento estimada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Delivered on</source>
      <translation>Realizada el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Departure</source>
      <translation>Salida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Departure date</source>
      <translation>Fecha de salida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Dimension</source>
      <translation>Dimensión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document issued by</source>
      <translation>Documento expedido por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document number</source>
      <translation>Número del documento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document type</source>
      <translation>Tipo de documento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Donor</source>
      <translation>Donante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Economic findings</source>
      <translation>Hallazgos económicos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Education</source>
      <translation>Nivel educativo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort</source>
      <translation>Acompañante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort's organisation</source>
      <translation>Organización del acompañante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Estimated age</source>
      <translation>Edad estimada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Exploitation began</source>
      <translation>Inicio de la explotación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Exploitation ended</source>
      <translation>Fin de la explotación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Family name</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Found it useful</source>
      <translation>Le resultó útil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Function</source>
      <translation>Función</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Gender</source>
      <translation>Género</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Given by</source>
      <translation>Otorgado por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Given name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Given on</source>
      <translation>Otorgado el</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Hand-over</source>
      <translation>Entrega</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Home visit</source>
      <translation>Visita domiciliaria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Host countries</source>
      <translation>Países de acogida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Host country</source>
      <translation>País de acogida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>How</source>
      <translation>Modalidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Identified on</source>
      <translation>Fecha de identificación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Industry of forced labour</source>
      <translation>Sector del trabajo forzoso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Instrument version</source>
      <translation>Versión del cuestionario</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Left the programme early</source>
      <translation>Dejó el programa antes de tiempo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Likelihood</source>
      <translation>Probabilidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Main guardian</source>
      <translation>Tutor principal</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Marital status</source>
      <translation>Estado civil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Methods of control</source>
      <translation>Métodos de control</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Methods of recruitment</source>
      <translation>Métodos de captación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Minor</source>
      <translation>Menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Mitigation</source>
      <translation>Medidas de mitigación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Modules</source>
      <translation>Módulos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Motivation</source>
      <translation>Motivación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Nationality</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Needs</source>
      <translation>Necesidades</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Office</source>
      <translation>Oficina</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Office or mission</source>
      <translation>La oficina o misión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Officer</source>
      <translation>Oficial a cargo del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Options considered</source>
      <translation>Opciones consideradas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Organisation type</source>
      <translation>Tipo de organización</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Other case</source>
      <translation>Otro caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Other names and aliases</source>
      <translation>Otros nombres y alias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Panel</source>
      <translation>Comité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Partner</source>
      <translation>Socio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Place of return</source>
      <translation>Lugar de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Places of recruitment and exploitation</source>
      <translation>Lugares de captación y explotación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Planned amount</source>
      <translation>Importe previsto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Planned for</source>
      <translation>Fecha prevista</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Protection risks</source>
      <translation>Riesgos de protección</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Provider</source>
      <translation>Proveedor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Psychosocial findings</source>
      <translation>Hallazgos psicosociales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Reasons</source>
      <translation>Motivos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Received by</source>
      <translation>Recibido(a) por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Receiving authority</source>
      <translation>Autoridad receptora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Recommendation</source>
      <translation>Recomendación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Referred on</source>
      <translation>Fecha de derivación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Relationship to the child</source>
      <translation>Relación con el menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Relationship to the trafficker</source>
      <translation>Relación con el tratante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Remarks</source>
      <translation>Observaciones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Risk level</source>
      <translation>Nivel de riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Scope</source>
      <translation>Objeto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Score after</source>
      <translation>Puntuación después</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Score before</source>
      <translation>Puntuación antes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Service</source>
      <translation>Servicio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Services</source>
      <translation>Servicios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Similarity</source>
      <translation>Similitud</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Skills</source>
      <translation>Competencias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Social findings</source>
      <translation>Hallazgos sociales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sustainability survey due</source>
      <translation>Encuesta de sostenibilidad pendiente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>The child's views</source>
      <translation>Opinión del menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>To</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trafficking status</source>
      <translation>Situación respecto de la trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trainers</source>
      <translation>Formadores(as)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trigger</source>
      <translation>Motivo de activación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Types of exploitation</source>
      <translation>Tipos de explotación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Types of sexual exploitation</source>
      <translation>Tipos de explotación sexual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Visited by</source>
      <translation>Visitado por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visited on</source>
      <translation>Fecha de la visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerabilities</source>
      <translation>Vulnerabilidades</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerability</source>
      <translation>Nivel de vulnerabilidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerability details</source>
      <translation>Detalles de las vulnerabilidades</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Websites and apps used to recruit</source>
      <translation>Sitios web y aplicaciones usados para la captación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Window closes</source>
      <translation>Fin del periodo de visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Window opens</source>
      <translation>Inicio del periodo de visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Withdrawn on</source>
      <translation>Retirado el</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>column “{column}” is not a field of a case or of its identity</source>
      <translation>la columna «{column}» no es un campo de un caso ni de su identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>content does not match its digest</source>
      <translation>el contenido no coincide con su resumen criptográfico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>header</source>
      <translation>encabezado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>row {number}</source>
      <translation>fila {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{field}: refers to a record that is neither in the file nor on this device.</source>
      <translation>{field}: hace referencia a un registro que no está en el archivo ni en este dispositivo.</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessment</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assistance measure</source>
      <translation>Medida de asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Attachment</source>
      <translation>Archivo adjunto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Best-interests procedure</source>
      <translation>Procedimiento de interés superior (EIS/DIS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case note</source>
      <translation>Nota del caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort and hand-over</source>
      <translation>Acompañamiento y entrega</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Family assessment</source>
      <translation>Evaluación familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Guardian</source>
      <translation>Tutor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Identity</source>
      <translation>Identidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Monitoring visit</source>
      <translation>Visita de seguimiento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Office</source>
      <translation>Oficina</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Participant</source>
      <translation>Participante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Partner organisation</source>
      <translation>Organización asociada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Possible duplicate</source>
      <translation>Posible duplicado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Referral</source>
      <translation>Derivación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Reintegration plan</source>
      <translation>Plan de reintegración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sustainability survey</source>
      <translation>Encuesta de sostenibilidad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trafficking profile</source>
      <translation>Perfil de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Training session</source>
      <translation>Sesión de capacitación</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>User</source>
      <translation>Usuario(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Workflow step</source>
      <translation>Etapa del caso</translation>
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>anonymise a case</source>
      <translation>anonimizar un caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>erase a case</source>
      <translation>borrar un caso</translation>
    </message>
  </context>
  <context>
    <name>rss</name>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Adequate, but with serious problems</source>
      <translation>Adecuado, pero con problemas graves</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Agree</source>
      <translation>De acuerdo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Always or almost always</source>
      <translation>Siempre o casi siempre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Can you, or the children of school age in your household, attend school or training?</source>
      <translation>¿Puede usted, o los niños en edad escolar de su hogar, asistir a la escuela o a una formación?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Disagree</source>
      <translation>En desacuerdo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Dissatisfied</source>
      <translation>Insatisfecho(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Do you currently have work or another regular source of income?</source>
      <translation>¿Tiene actualmente trabajo u otra fuente regular de ingresos?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Do you have the identity and civil documents you need (identity card, birth certificate and the like)?</source>
      <translation>¿Tiene los documentos de identidad y del registro civil que necesita (documento de identidad, certificado de nacimiento y similares)?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How much do you owe, compared with what your household spends in a month?</source>
      <translation>¿Cuánto debe, en comparación con lo que su hogar gasta en un mes?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How often do you feel physically safe where you live and in your daily activities?</source>
      <translation>¿Con qué frecuencia se siente físicamente seguro(a) donde vive y en sus actividades diarias?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How often do you take part in community life (celebrations, groups, religious or sports activities)?</source>
      <translation>¿Con qué frecuencia participa en la vida comunitaria (celebraciones, grupos, actividades religiosas o deportivas)?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How satisfied are you with your economic situation today?</source>
      <translation>¿Qué tan satisfecho(a) está hoy con su situación económica?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How would you describe the place where you live?</source>
      <translation>¿Cómo describiría el lugar donde vive?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>I feel accepted, and treated fairly, by the community where I live.</source>
      <translation>Me siento aceptado(a), y tratado(a) con justicia, por la comunidad donde vivo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>If you needed money for an emergency, could you borrow it?</source>
      <translation>Si necesitara dinero para una emergencia, ¿podría pedirlo prestado?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>If your rights were violated, could you turn to the police, a court or legal aid?</source>
      <translation>Si se vulneraran sus derechos, ¿podría acudir a la policía, a un tribunal o a la asistencia jurídica?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>In the past month, how often did your household eat less, or cheaper food, because food cost too much?</source>
      <translation>En el último mes, ¿con qué frecuencia su hogar comió menos, o alimentos más baratos, porque la comida costaba demasiado?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>In the past two weeks, how often did you feel very sad, afraid or angry, or could not sleep or concentrate?</source>
      <translation>En las últimas dos semanas, ¿con qué frecuencia se sintió muy triste, con miedo o con rabia, o no pudo dormir o concentrarse?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Is there someone you can count on for help or advice when you need it?</source>
      <translation>¿Hay alguien con quien pueda contar para recibir ayuda o consejo cuando lo necesita?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Less than a month's spending</source>
      <translation>Menos que el gasto de un mes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>More than a month's spending</source>
      <translation>Más que el gasto de un mes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Neither agree nor disagree</source>
      <translation>Ni de acuerdo ni en desacuerdo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Neither satisfied nor dissatisfied</source>
      <translation>Ni satisfecho(a) ni insatisfecho(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Never</source>
      <translation>Nunca</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No answer / does not apply</source>
      <translation>Sin respuesta / no corresponde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No debt</source>
      <translation>Sin deudas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No one</source>
      <translation>Nadie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>None of them</source>
      <translation>Ninguno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Often</source>
      <translation>A menudo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Rarely</source>
      <translation>Rara vez</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Safe and adequate</source>
      <translation>Seguro y adecuado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Satisfied</source>
      <translation>Satisfecho(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Some of them</source>
      <translation>Algunos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Sometimes</source>
      <translation>A veces</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Strongly agree</source>
      <translation>Muy de acuerdo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Strongly disagree</source>
      <translation>Muy en desacuerdo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Unsafe, overcrowded or only temporary</source>
      <translation>Inseguro, hacinado o solo temporal</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Very dissatisfied</source>
      <translation>Muy insatisfecho(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Very satisfied</source>
      <translation>Muy satisfecho(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>When you need health care, can you get it?</source>
      <translation>Cuando necesita atención de salud, ¿puede obtenerla?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, all of them</source>
      <translation>Sí, todos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, but irregular or seasonal</source>
      <translation>Sí, pero irregulares o de temporada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, but with difficulty</source>
      <translation>Sí, pero con dificultad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, one person</source>
      <translation>Sí, una persona</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, regular work or income</source>
      <translation>Sí, trabajo o ingresos regulares</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, several people</source>
      <translation>Sí, varias personas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, without difficulty</source>
      <translation>Sí, sin dificultad</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Case sheet printed by default</source>
      <translation>Ficha del caso impresa por defecto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Certificate authority of the relay</source>
      <translation>Autoridad de certificación del relé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Database file</source>
      <translation>Archivo de base de datos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Exploring with demo data</source>
      <translation>Explorando con datos de demostración</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Language of prints</source>
      <translation>Idioma de las impresiones</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Lock after this many idle minutes</source>
      <translation>Bloquear tras este número de minutos de inactividad</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Paper size</source>
      <translation>Tamaño del papel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Relay address</source>
      <translation>Dirección del relé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Sync every this many minutes when online</source>
      <translation>Sincronizar cada N minutos con conexión</translation>
    </message>
  </context>
  <context>
    <name>workflow</name>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a best-interests determination recommending return</source>
      <translation>una determinación del interés superior (DIS) que recomiende el retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a family assessment in the country of return</source>
      <translation>una evaluación familiar en el país de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a pre-departure assessment</source>
      <translation>una evaluación previa a la salida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a reintegration plan agreed with the person</source>
      <translation>un plan de reintegración acordado con la persona</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>an approved reintegration plan</source>
      <translation>un plan de reintegración aprobado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>consent to receive assistance</source>
      <translation>el consentimiento para recibir asistencia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>consent to transfer the case to the office of return</source>
      <translation>el consentimiento para transferir el caso a la oficina del país de retorno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>the arrival date</source>
      <translation>la fecha de llegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>the departure date</source>
      <translation>la fecha de salida</translation>
    </message>
  </context>
</TS>
