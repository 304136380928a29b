<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
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
      <translation>Acerca do CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Build:</source>
      <translation>Compilação:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Copy these facts for a support ticket</source>
      <translation>Copiar estes dados para um pedido de suporte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Data model:</source>
      <translation>Modelo de dados:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Database data model:</source>
      <translation>Modelo de dados da base:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Database:</source>
      <translation>Base de dados:</translation>
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
      <translation>Versão:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>commit {commit}, built {date}, {platform}</source>
      <translation>commit {commit}, compilado em {date}, {platform}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>development build</source>
      <translation>versão de desenvolvimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>none</source>
      <translation>nenhuma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>reading…</source>
      <translation>a ler…</translation>
    </message>
  </context>
  <context>
    <name>Agenda</name>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Economic findings:</source>
      <translation>Constatações &amp;económicas:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;How:</source>
      <translation>&amp;Como:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;My cases only</source>
      <translation>Apenas os &amp;meus casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Notes:</source>
      <translation>&amp;Notas:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Print visit form…</source>
      <translation>&amp;Imprimir formulário de visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Psychosocial findings:</source>
      <translation>Constatações &amp;psicossociais:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Record visit…</source>
      <translation>&amp;Registar visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Social findings:</source>
      <translation>Constatações &amp;sociais:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Visited on:</source>
      <translation>&amp;Visitado em:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Agenda summary</source>
      <translation>Resumo da agenda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Due</source>
      <translation>Prazo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Due now</source>
      <translation>A fazer agora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>How</source>
      <translation>Como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Mark as missed</source>
      <translation>Marcar como falhada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Monitoring agenda</source>
      <translation>Agenda de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>My cases only</source>
      <translation>Apenas os meus casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Next {weeks} weeks</source>
      <translation>Próximas {weeks} semanas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>One PDF with the form of every visit on the agenda of next week</source>
      <translation>Um único PDF com o formulário de cada visita da agenda da próxima semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Overdue</source>
      <translation>Em atraso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print &amp;next week's forms…</source>
      <translation>Imprimir os &amp;formulários da próxima semana…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print the form of the selected visit</source>
      <translation>Imprimir o formulário da visita selecionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print the forms of every visit due next week</source>
      <translation>Imprimir os formulários de todas as visitas com prazo na próxima semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Record the selected visit</source>
      <translation>Registar a visita selecionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Record visit {visit} of {case}</source>
      <translation>Registar a visita {visit} do caso {case}</translation>
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
      <translation>Inquérito</translation>
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
      <translation>Visitado em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Visits due and overdue</source>
      <translation>Visitas a fazer e em atraso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Week</source>
      <translation>Semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Weeks ahead</source>
      <translation>Semanas seguintes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Window</source>
      <translation>Período</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>{overdue} overdue · {due} due now · {total} in all</source>
      <translation>{overdue} em atraso · {due} a fazer agora · {total} no total</translation>
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
      <translation>Frase-passe da demonstração: {passphrase}</translation>
    </message>
  </context>
  <context>
    <name>Assessments</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>&amp;Save ratings</source>
      <translation>&amp;Guardar classificações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>&amp;Undo changes</source>
      <translation>&amp;Anular alterações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add &amp;assessment</source>
      <translation>Adicionar &amp;avaliação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add &amp;risk</source>
      <translation>Adicionar &amp;risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add an assessment</source>
      <translation>Adicionar uma avaliação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add the risk</source>
      <translation>Adicionar o risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Almost certain</source>
      <translation>Quase certa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Assessments</source>
      <translation>Avaliações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Date of the new assessment</source>
      <translation>Data da nova avaliação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Describe the risk to add it.</source>
      <translation>Descreva o risco para o adicionar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Description of the new risk</source>
      <translation>Descrição do novo risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>High</source>
      <translation>Elevado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Kind of the new assessment</source>
      <translation>Tipo da nova avaliação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Level</source>
      <translation>Nível</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Level of the new risk</source>
      <translation>Nível do novo risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Likelihood</source>
      <translation>Probabilidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Likelihood of the new risk</source>
      <translation>Probabilidade do novo risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Likelihood:</source>
      <translation>Probabilidade:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Likely</source>
      <translation>Provável</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Low</source>
      <translation>Baixo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Major</source>
      <translation>Importante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Medium</source>
      <translation>Médio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Minor</source>
      <translation>Ligeira</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Mitigation</source>
      <translation>Mitigação</translation>
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
      <translation>Novo risco, p. ex. dívida ao recrutador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Not rated</source>
      <translation>Não avaliado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Overall risk of the case</source>
      <translation>Risco global do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Overall risk of the case: {level}</source>
      <translation>Risco global do caso: {level}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Possible</source>
      <translation>Possível</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Rare</source>
      <translation>Rara</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Risk</source>
      <translation>Risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk level</source>
      <translation>Nível de risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk matrix</source>
      <translation>Matriz de riscos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk matrix: likelihood by severity</source>
      <translation>Matriz de riscos: probabilidade por gravidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risks of the assessment</source>
      <translation>Riscos da avaliação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Save the changed ratings</source>
      <translation>Guardar as classificações alteradas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Severity of the new risk</source>
      <translation>Gravidade do novo risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Severity:</source>
      <translation>Gravidade:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Undo the changed ratings</source>
      <translation>Anular as classificações alteradas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Unlikely</source>
      <translation>Improvável</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>What to correct</source>
      <translation>O que corrigir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>risks {numbers}</source>
      <translation>riscos {numbers}</translation>
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
      <translation>&amp;Adicionar ficheiro…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>&amp;Save a copy…</source>
      <translation>&amp;Guardar uma cópia…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Add a file to the case</source>
      <translation>Adicionar um ficheiro ao caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Added (UTC)</source>
      <translation>Adicionado (UTC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Added by</source>
      <translation>Adicionado por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Adding {name}…</source>
      <translation>A adicionar {name}…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachment status</source>
      <translation>Estado dos anexos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachments</source>
      <translation>Anexos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachments of the case</source>
      <translation>Anexos do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Copy saved to {path}.</source>
      <translation>Cópia guardada em {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description of the next file (optional)</source>
      <translation>Descrição do próximo ficheiro (opcional)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description of the next file added</source>
      <translation>Descrição do próximo ficheiro adicionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Files up to {limit} MB, kept encrypted.</source>
      <translation>Ficheiros até {limit} MB, guardados cifrados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Save a copy as</source>
      <translation>Guardar uma cópia como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Save a copy of the selected file</source>
      <translation>Guardar uma cópia do ficheiro selecionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Size</source>
      <translation>Tamanho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>{name} added.</source>
      <translation>{name} adicionado.</translation>
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
      <translation>&amp;Ocultar a identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Move to {status}</source>
      <translation>&amp;Passar a {status}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>&amp;New</source>
      <translation>&amp;Novo</translation>
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
      <translation>&amp;Mostrar a identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>&amp;Withdraw consent</source>
      <translation>&amp;Retirar o consentimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>(hidden)</source>
      <translation>(oculto)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>A minor without a guardian recorded.</source>
      <translation>Um menor sem tutor registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>A monitoring visit is overdue.</source>
      <translation>Há uma visita de acompanhamento em atraso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Back to cases</source>
      <translation>Voltar aos casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Back to the case list (Alt+Left)</source>
      <translation>Voltar à lista de casos (Alt+Esquerda)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Best interests (BIA/BID)</source>
      <translation>Superior interesse (BIA/BID)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>C&amp;lose case…</source>
      <translation>&amp;Encerrar o caso…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Case code</source>
      <translation>Código do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Case file</source>
      <translation>Processo do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Changes not saved</source>
      <translation>Alterações não guardadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Child protection</source>
      <translation>Proteção da criança</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Child protection records</source>
      <translation>Registos de proteção da criança</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Choose the reason…</source>
      <translation>Escolha o motivo…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Close the case</source>
      <translation>Encerrar o caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm closing</source>
      <translation>Confirmar o encerramento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm closing the case</source>
      <translation>Confirmar o encerramento do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm reopening</source>
      <translation>Confirmar a reabertura</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm reopening the case</source>
      <translation>Confirmar a reabertura do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>Consent</source>
      <translation>Consentimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Correct or undo the changes in this tab first; nothing was left.</source>
      <translation>Corrija ou anule primeiro as alterações deste separador; não saiu do processo.</translation>
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
      <translation>Acompanhamento e entrega</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Family assessment</source>
      <translation>Avaliação familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>From today the case is no longer shared or referred under this consent</source>
      <translation>A partir de hoje o caso deixa de ser partilhado ou encaminhado ao abrigo deste consentimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Guardians</source>
      <translation>Tutores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Hide identity</source>
      <translation>Ocultar a identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>History</source>
      <translation>Histórico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>History of the case</source>
      <translation>Histórico do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Identity</source>
      <translation>Identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Identity shown (recorded in the audit log).</source>
      <translation>Identidade mostrada (registado no registo de auditoria).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Move the case to {status}</source>
      <translation>Passar o caso a {status}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>New record:</source>
      <translation>Novo registo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>New {record}</source>
      <translation>Novo registo: {record}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next step</source>
      <translation>Próximo passo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next step:</source>
      <translation>Próximo passo:</translation>
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
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>No consent in force.</source>
      <translation>Nenhum consentimento em vigor.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>No further step.</source>
      <translation>Não há mais passos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>No identity recorded yet; what you enter here is kept apart.</source>
      <translation>Ainda não há identidade registada; o que introduzir aqui é guardado à parte.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>None</source>
      <translation>Nenhum</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>None planned (visits follow the arrival date)</source>
      <translation>Nenhuma prevista (as visitas seguem a data de chegada)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>None recorded yet.</source>
      <translation>Ainda não há nada registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Not assessed</source>
      <translation>Não avaliado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/notes_tab.py" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Parts of the case</source>
      <translation>Partes do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Possibly the same person as another case: review the duplicate.</source>
      <translation>Possivelmente a mesma pessoa que noutro caso: reveja o duplicado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Preview and print the case sheet (Ctrl+P)</source>
      <translation>Pré-visualizar e imprimir a ficha do caso (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Print the case sheet</source>
      <translation>Imprimir a ficha do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Ready to move to {status}.</source>
      <translation>Pronto para passar a {status}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Record</source>
      <translation>Registo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/referrals_tab.py" />
      <source>Referrals</source>
      <translation>Encaminhamentos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Reopen the case</source>
      <translation>Reabrir o caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Risk</source>
      <translation>Risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Risk:</source>
      <translation>Risco:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Risk: {level}</source>
      <translation>Risco: {level}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>Selected record:</source>
      <translation>Registo selecionado:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Show &amp;more</source>
      <translation>Mostrar &amp;mais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Show identity</source>
      <translation>Mostrar a identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Show older changes</source>
      <translation>Mostrar alterações anteriores</translation>
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
      <translation>Resumo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>The case</source>
      <translation>O caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>The identity is hidden. Showing it is recorded in the audit log with your name.</source>
      <translation>A identidade está oculta. Mostrá-la fica registado no registo de auditoria com o seu nome.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>This case has changes that are not saved. Save them before leaving?</source>
      <translation>Este caso tem alterações não guardadas. Guardá-las antes de sair?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>This case is a minor: return needs a best-interests determination recommending it and a family assessment in the country of return.</source>
      <translation>Este caso é um menor: o regresso exige uma determinação do superior interesse que o recomende e uma avaliação familiar no país de regresso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>This case is not a minor; these records are not required for it.</source>
      <translation>Este caso não é um menor; estes registos não são necessários.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>To move to {status}, the case still needs: {missing}.</source>
      <translation>Para passar a {status}, o caso ainda precisa de: {missing}.</translation>
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
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Warnings:</source>
      <translation>Avisos:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>When (UTC)</source>
      <translation>Quando (UTC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Whether the case is a minor</source>
      <translation>Se o caso é um menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Why the case is reopened</source>
      <translation>Porque é que o caso é reaberto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Why the step was refused</source>
      <translation>Porque é que a etapa foi recusada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>Withdraw the selected consent</source>
      <translation>Retirar o consentimento selecionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>due now</source>
      <translation>a fazer agora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>overdue</source>
      <translation>em atraso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>upcoming</source>
      <translation>próxima</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>{count} changes shown</source>
      <translation>{count} alterações mostradas</translation>
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
      <translation>{slot}, prazo {due} ({state})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>← &amp;Back to cases</source>
      <translation>← &amp;Voltar aos casos</translation>
    </message>
  </context>
  <context>
    <name>CaseListScreen</name>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Country of return:</source>
      <translation>País de &amp;regresso:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Family name:</source>
      <translation>&amp;Apelido:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Given name:</source>
      <translation>&amp;Nome próprio:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Minors only</source>
      <translation>Apenas &amp;menores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;New case…</source>
      <translation>&amp;Novo caso…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Open its case file after saving</source>
      <translation>Abrir o &amp;processo do caso depois de guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Overdue visits only</source>
      <translation>Apenas visitas em &amp;atraso</translation>
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
      <translation>Todos os países</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All offices</source>
      <translation>Todos os escritórios</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All risk levels</source>
      <translation>Todos os níveis de risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All statuses</source>
      <translation>Todos os estados</translation>
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
      <translation>Escolha um género.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose the country of return.</source>
      <translation>Escolha o país de regresso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose…</source>
      <translation>Escolher…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of &amp;birth:</source>
      <translation>&amp;Data de nascimento:</translation>
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
      <translation>A carregar…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Minors only</source>
      <translation>Apenas menores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>New case</source>
      <translation>Novo caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>No case matches</source>
      <translation>Nenhum caso corresponde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>No cases yet</source>
      <translation>Ainda não há casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Number of cases</source>
      <translation>Número de casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open a new case (Ctrl+N)</source>
      <translation>Abrir um novo caso (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open cases with a monitoring visit past its window</source>
      <translation>Casos abertos com uma visita de acompanhamento fora do seu período</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open the case file after saving</source>
      <translation>Abrir o processo do caso depois de guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Overdue visits only</source>
      <translation>Apenas visitas em atraso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Possible duplicates</source>
      <translation>Possíveis duplicados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Save the new case</source>
      <translation>Guardar o novo caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Search by case code, name or place (Ctrl+F)</source>
      <translation>Procurar por código do caso, nome ou local (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Search cases</source>
      <translation>Procurar casos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>This person may already have a case: {cases}. Check before saving; if you save, the cases are linked as possible duplicates for review.</source>
      <translation>Esta pessoa pode já ter um caso: {cases}. Verifique antes de guardar; se guardar, os casos ficam ligados como possíveis duplicados, para revisão.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>What is missing</source>
      <translation>O que falta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Write the date of birth as YYYY-MM-DD, such as 1999-05-01.</source>
      <translation>Escreva a data de nascimento como AAAA-MM-DD, por exemplo 1999-05-01.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>and {count} more</source>
      <translation>e mais {count}</translation>
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
      <translation>Um menor sem tutor registado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Assistance measures</source>
      <translation>Medidas de assistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Beneficiary</source>
      <translation>Beneficiário(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Beneficiary or guardian</source>
      <translation>Beneficiário(a) ou tutor(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Best-interests assessment and determination</source>
      <translation>Avaliação e determinação do superior interesse</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Budget</source>
      <translation>Orçamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case sheet (full)</source>
      <translation>Ficha do caso (completa)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case sheet (interview)</source>
      <translation>Ficha do caso (entrevista)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Child annex</source>
      <translation>Anexo da criança</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Consent</source>
      <translation>Consentimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Family assessment</source>
      <translation>Avaliação familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Family, community and safety: any difficulty or new risk?</source>
      <translation>Família, comunidade e segurança: alguma dificuldade ou novo risco?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Health and well-being: any need for support or referral?</source>
      <translation>Saúde e bem-estar: alguma necessidade de apoio ou encaminhamento?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>History</source>
      <translation>Histórico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>How are the measures of the plan going? What has changed?</source>
      <translation>Como estão a correr as medidas do plano? O que mudou?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>How is the person doing since the last contact?</source>
      <translation>Como está a pessoa desde o último contacto?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Identity</source>
      <translation>Identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Income, work or training: what is the situation now?</source>
      <translation>Rendimento, trabalho ou formação: qual é a situação atual?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Monitoring visits</source>
      <translation>Visitas de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No BIA or BID recorded.</source>
      <translation>Não há nenhuma ASI nem DSI registada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No budget recorded.</source>
      <translation>Não há nenhum orçamento registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No consent recorded.</source>
      <translation>Não há nenhum consentimento registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No family assessment recorded.</source>
      <translation>Não há nenhuma avaliação familiar registada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No guardian on record.</source>
      <translation>Não há nenhum tutor registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No identity recorded.</source>
      <translation>Não há nenhuma identidade registada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No plan yet.</source>
      <translation>Ainda não há plano.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No trafficking profile recorded.</source>
      <translation>Não há nenhum perfil de trata registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No valid consent to receive assistance</source>
      <translation>Nenhum consentimento válido para receber assistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No visit planned yet.</source>
      <translation>Ainda não há nenhuma visita prevista.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No workflow step recorded.</source>
      <translation>Não há nenhuma etapa do caso registada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Nothing open.</source>
      <translation>Não há nada pendente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Officer</source>
      <translation>Técnico(a) responsável pelo caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Open actions</source>
      <translation>Ações pendentes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Questions for this visit</source>
      <translation>Perguntas para esta visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Referral open: {service} ({partner})</source>
      <translation>Encaminhamento em aberto: {service} ({partner})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reintegration plan</source>
      <translation>Plano de reintegração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reintegration sustainability survey (version {version}): tick one answer.</source>
      <translation>Inquérito de sustentabilidade da reintegração (versão {version}): assinale uma resposta.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Survey</source>
      <translation>Inquérito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>The next step still needs: {what}</source>
      <translation>O próximo passo ainda precisa de: {what}</translation>
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
      <translation>A visita {slot} está em atraso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visit {slot}, due {date}</source>
      <translation>Visita {slot}, prazo {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>What is agreed for the next steps?</source>
      <translation>O que fica acordado para os próximos passos?</translation>
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
      <translation>a fazer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>missed</source>
      <translation>falhada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>overdue</source>
      <translation>em atraso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>upcoming</source>
      <translation>próxima</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>yes</source>
      <translation>sim</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../care_desktop/ui/case_table_model.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_table_model.py" />
      <source>Yes</source>
      <translation>Sim</translation>
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
      <translation>O CARE Desktop encontrou um problema</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>If it happens again, send the log folder {folder} to the office. It holds no case data.</source>
      <translation>Se voltar a acontecer, envie a pasta de registos {folder} ao escritório. Não contém dados de casos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>Something went wrong inside CARE Desktop (reference {reference}). Your saved data is safe; the last action may not have been completed.</source>
      <translation>Ocorreu um erro interno no CARE Desktop (referência {reference}). Os seus dados guardados estão seguros; a última ação pode não ter sido concluída.</translation>
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
      <translation>% da meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Country:</source>
      <translation>P&amp;aís:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Indicator by month and country:</source>
      <translation>&amp;Indicador por mês e país:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Programme:</source>
      <translation>&amp;Programa:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Actual</source>
      <translation>Alcançado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Against targets</source>
      <translation>Face às metas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All countries</source>
      <translation>Todos os países</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All programmes</source>
      <translation>Todos os programas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All time</source>
      <translation>Todo o período</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 12 months</source>
      <translation>Aos 12 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 3 months</source>
      <translation>Aos 3 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 6 months</source>
      <translation>Aos 6 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>By country</source>
      <translation>Por país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>By month</source>
      <translation>Por mês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of an indicator by country</source>
      <translation>Gráfico de um indicador por país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of an indicator by month</source>
      <translation>Gráfico de um indicador por mês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of indicators against targets</source>
      <translation>Gráfico dos indicadores face às metas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Counting…</source>
      <translation>A contar…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Country of return</source>
      <translation>País de regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Dashboard</source>
      <translation>Painel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Dashboard status</source>
      <translation>Estado do painel</translation>
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
      <translation>&amp;Relatório de indicadores…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator report for the donor</source>
      <translation>Relatório de indicadores para o doador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator shown by month and country</source>
      <translation>Indicador mostrado por mês e país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicators against targets</source>
      <translation>Indicadores face às metas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Measures by category</source>
      <translation>Medidas por categoria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Monitoring visit</source>
      <translation>Visita de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Monitoring visits done and due</source>
      <translation>Visitas de acompanhamento realizadas e pendentes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>P&amp;eriod:</source>
      <translation>P&amp;eríodo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Reintegration measure</source>
      <translation>Medida de reintegração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Reintegration measures delivered by category</source>
      <translation>Medidas de reintegração realizadas por categoria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Targets are for a programme's whole duration and are not set by country. Trainings have no country of return.</source>
      <translation>As metas abrangem toda a duração de um programa e não são definidas por país. As formações não têm país de regresso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>The donor report of a period, as PDF or CSV, for the programme chosen</source>
      <translation>O relatório para o doador de um período, em PDF ou CSV, para o programa escolhido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>The table beside the charts holds the same figures.</source>
      <translation>A tabela ao lado dos gráficos contém os mesmos valores.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Visits and measures</source>
      <translation>Visitas e medidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Visits by month after return</source>
      <translation>Visitas por mês após o regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>{indicator} by country of return</source>
      <translation>{indicator} por país de regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>{indicator} by month</source>
      <translation>{indicator} por mês</translation>
    </message>
  </context>
  <context>
    <name>DemoBanner</name>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>&lt;b&gt;DEMO&lt;/b&gt; — invented cases to explore CARE Desktop; nothing here is real. Demo passphrase: {passphrase}</source>
      <translation>&lt;b&gt;DEMONSTRAÇÃO&lt;/b&gt; — casos inventados para explorar o CARE Desktop; nada disto é real. Frase-passe da demonstração: {passphrase}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Back to setting up or unlocking your real database</source>
      <translation>Voltar a configurar ou desbloquear a sua base de dados real</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>DEMO — {title}</source>
      <translation>DEMONSTRAÇÃO — {title}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Demo data</source>
      <translation>Dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Lea&amp;ve demo</source>
      <translation>Sair da &amp;demonstração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Leave demo</source>
      <translation>Sair da demonstração</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Card:</source>
      <translation>&amp;Cartão:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Choose…</source>
      <translation>&amp;Escolher…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Enrol</source>
      <translation>&amp;Registar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Fingerprint on the other screen:</source>
      <translation>&amp;Impressão digital no outro ecrã:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Pin</source>
      <translation>&amp;Fixar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>C&amp;ountries:</source>
      <translation>&amp;Países:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Choose the identity card file</source>
      <translation>Escolher o ficheiro do cartão de identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Compare the fingerprint with the one the other device shows (Sync centre or care identity show), in person or over the phone: only then is it trusted.</source>
      <translation>Compare a impressão digital com a que o outro dispositivo mostra (Centro de sincronização ou care identity show), pessoalmente ou por telefone: só então é de confiança.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Countries of the device</source>
      <translation>Países do dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Enrol a device</source>
      <translation>Registar um dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint here:</source>
      <translation>Impressão digital aqui:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint of the card</source>
      <translation>Impressão digital do cartão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint read on the other device</source>
      <translation>Impressão digital lida no outro dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity card</source>
      <translation>Cartão de identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity card file</source>
      <translation>Ficheiro do cartão de identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity cards (*.card *.json)</source>
      <translation>Cartões de identidade (*.card *.json)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Pin the office</source>
      <translation>Fixar o escritório</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>The card</source>
      <translation>O cartão</translation>
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
      <translation>Certificados de participação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Monitoring visit form</source>
      <translation>Formulário de visita de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Training attendance sheet</source>
      <translation>Folha de presenças da formação</translation>
    </message>
  </context>
  <context>
    <name>IndicatorReport</name>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source> (placeholder weights: provisional)</source>
      <translation> (ponderações de substituição: pontuações provisórias)</translation>
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
      <translation>Um caso com vários tipos de exploração conta uma vez em cada tipo: essa desagregação soma mais do que o total. Um caso sem tipo registado é contado como não registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Actual</source>
      <translation>Alcançado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Age group on arrival</source>
      <translation>Grupo etário à chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Age groups: 0-11, 12-17, 18-24, 25-59 and 60+, in whole years on arrival (else at identification), from the date of birth or else the age estimated at identification. Sex is the gender recorded for the case.</source>
      <translation>Grupos etários: 0-11, 12-17, 18-24, 25-59 e 60+, em anos completos à chegada (ou, na falta desta, na identificação), a partir da data de nascimento ou, na sua falta, da idade estimada na identificação. O sexo é o género registado para o caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Budget planned and spent</source>
      <translation>Orçamento previsto e gasto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Budget: the planned amounts and the amounts spent of the arrival and reintegration measures delivered in the period, by phase and currency; amounts in different currencies are never added up.</source>
      <translation>Orçamento: os montantes previstos e os montantes gastos das medidas de chegada e de reintegração realizadas no período, por fase e moeda; os montantes em moedas diferentes nunca são somados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Children with a best-interests determination before return</source>
      <translation>Crianças com determinação do superior interesse antes do regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Country of return</source>
      <translation>País de regresso</translation>
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
      <translation>País de acolhimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Indicator report</source>
      <translation>Relatório de indicadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Monitoring visits at 3, 6 and 12 months are placed by the close of their window, which fell in the period before today: done are those completed; due are those completed, missed or not recorded (cancelled visits are not due). Reached at 12 months: persons whose 12-month visit was done.</source>
      <translation>As visitas de acompanhamento aos 3, 6 e 12 meses são contabilizadas pelo fim do seu período de visita, ocorrido no período e antes de hoje: as realizadas são as concluídas; as previstas são as concluídas, falhadas ou não registadas (as visitas canceladas não contam como previstas). Contactadas aos 12 meses: pessoas cuja visita dos 12 meses foi realizada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Monitoring visits done and due</source>
      <translation>Visitas de acompanhamento realizadas e previstas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Not recorded</source>
      <translation>Não registado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Notes and definitions</source>
      <translation>Notas e definições</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Only aggregate numbers appear in this report. In a disaggregation, a cell resting on 1 to 4 persons is withheld and shown as &lt;5; when only one cell of a disaggregation would be withheld, the next smallest is withheld too, so that it cannot be found by subtraction. Totals are exact. Training figures count professionals and are never withheld.</source>
      <translation>Neste relatório só figuram números agregados. Numa desagregação, uma célula que assente em 1 a 4 pessoas é ocultada e apresentada como &lt;5; quando só uma célula de uma desagregação seria ocultada, a seguinte mais pequena é também ocultada, para que não possa ser deduzida por subtração. Os totais são exatos. Os números das formações contam profissionais e nunca são ocultados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Organisation type</source>
      <translation>Tipo de organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Other visits</source>
      <translation>Outras visitas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Outputs and results</source>
      <translation>Produtos e resultados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Overall</source>
      <translation>Global</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons</source>
      <translation>Pessoas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assessed</source>
      <translation>Pessoas avaliadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assessed: cases with an assessment dated in the period. Assisted to return: cases whose departure date is in the period. Arrival assistance: persons with an arrival measure delivered (fully or partly) in the period; by type, a person counts under each type received. Reintegration measures: measures delivered (fully or partly) in the period.</source>
      <translation>Pessoas avaliadas: casos com uma avaliação datada no período. Apoiadas no regresso: casos cuja data de partida está no período. Assistência à chegada: pessoas com uma medida de chegada realizada (total ou parcialmente) no período; por tipo, uma pessoa conta em cada tipo recebido. Medidas de reintegração: medidas realizadas (total ou parcialmente) no período.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assisted to return</source>
      <translation>Pessoas apoiadas no regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons reached at 12 months</source>
      <translation>Pessoas contactadas aos 12 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons who received arrival assistance</source>
      <translation>Pessoas que receberam assistência à chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Planned</source>
      <translation>Previsto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Plans agreed within a month of arrival</source>
      <translation>Planos acordados no mês seguinte à chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Plans within a month: reintegration plans agreed in the period no later than one calendar month after arrival. Children with a best-interests determination: children (minor on arrival) who left in the period with a determination on or before their departure date.</source>
      <translation>Planos no prazo de um mês: planos de reintegração acordados no período o mais tardar um mês civil após a chegada. Crianças com determinação do superior interesse: crianças (menores à chegada) que partiram no período com uma determinação feita até à data da sua partida, inclusive.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Professionals trained</source>
      <translation>Profissionais formados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Psychosocial</source>
      <translation>Psicossocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Reintegration measures delivered</source>
      <translation>Medidas de reintegração realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Reintegration sustainability scores (RSS)</source>
      <translation>Pontuações de sustentabilidade da reintegração (RSS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Scored with weight set {version}{provisional}. The mean of each dimension and of the overall score (0 to 1) is taken over the surveys where it could be scored.</source>
      <translation>Pontuado com o conjunto de ponderações {version}{provisional}. A média de cada dimensão e da pontuação global (de 0 a 1) é calculada sobre os inquéritos em que foi possível calculá-la.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Sex (gender recorded)</source>
      <translation>Sexo (género registado)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Social</source>
      <translation>Social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Spent</source>
      <translation>Gasto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Surveys</source>
      <translation>Inquéritos</translation>
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
      <translation>Formações realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Trainings held: sessions dated in the period; professionals trained: their participants who attended, by organisation type and sex.</source>
      <translation>Formações realizadas: sessões datadas no período; profissionais formados: os respetivos participantes que estiveram presentes, por tipo de organização e sexo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Type of exploitation</source>
      <translation>Tipo de exploração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Up to {end}</source>
      <translation>Até {end}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>every programme</source>
      <translation>todos os programas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>{done} of {due}</source>
      <translation>{done} de {due}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>{start} to {end}</source>
      <translation>De {start} a {end}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;About CARE Desktop</source>
      <translation>&amp;Acerca do CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Change passphrase…</source>
      <translation>&amp;Alterar a frase-passe…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Ficheiro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>A&amp;juda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Lock now</source>
      <translation>&amp;Bloquear agora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Sync</source>
      <translation>&amp;Sincronização</translation>
    </message>
    <message>
      <source>About CARE Desktop</source>
      <translation type="obsolete">Acerca do CARE Desktop</translation>
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
Modelo de dados {revision}</translation>
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
      <translation>Coordenador(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Dashboard</source>
      <translation>Painel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Database upgraded</source>
      <translation>Base de dados atualizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Exchange bundles with a USB stick or a shared folder (Ctrl+Shift+F)</source>
      <translation>Trocar pacotes através de uma pen USB ou de uma pasta partilhada (Ctrl+Shift+F)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Field officer</source>
      <translation>Técnico(a) de terreno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Folder to exchange bundles with (a USB stick, a shared folder)</source>
      <translation>Pasta através da qual trocar pacotes (uma pen USB, uma pasta partilhada)</translation>
    </message>
    <message>
      <source>Indicators against targets.</source>
      <translation type="obsolete">Indicadores face às metas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Navigation</source>
      <translation>Navegação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Print what the screen in view shows (Ctrl+P)</source>
      <translation>Imprimir o que o ecrã atual mostra (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Send and receive bundles through the relay (F9)</source>
      <translation>Enviar e receber pacotes através do retransmissor (F9)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Settings</source>
      <translation>Definições</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Signed in as</source>
      <translation>Sessão iniciada como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync</source>
      <translation>Sincronização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync &amp;now</source>
      <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync with a &amp;folder…</source>
      <translation>Sincronizar com uma &amp;pasta…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Trainings</source>
      <translation>Formações</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>&amp;Change</source>
      <translation>&amp;Alterar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Frase-passe a&amp;tual:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Change the passphrase</source>
      <translation>Alterar a frase-passe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Current passphrase</source>
      <translation>Frase-passe atual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>The old passphrase stops working as soon as the new one is saved.</source>
      <translation>A frase-passe antiga deixa de funcionar assim que a nova é guardada.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Again:</source>
      <translation>&amp;Novamente:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase-passe:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>At least {minimum} characters. Four or five unrelated words are strong and easy to remember.</source>
      <translation>Pelo menos {minimum} caracteres. Quatro ou cinco palavras sem relação entre si são fortes e fáceis de memorizar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Good</source>
      <translation>Boa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase</source>
      <translation>Nova frase-passe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase, again</source>
      <translation>Nova frase-passe, novamente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase hint</source>
      <translation>Sugestão sobre a frase-passe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase strength</source>
      <translation>Robustez da frase-passe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strength:</source>
      <translation>Robustez:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strong</source>
      <translation>Forte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>The two passphrases are not the same yet.</source>
      <translation>As duas frases-passe ainda não coincidem.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Too weak</source>
      <translation>Demasiado fraca</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Weak: acceptable, but longer is better</source>
      <translation>Fraca: aceitável, mas mais longa é melhor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>{strength}. Make it longer (at least {minimum} characters) and avoid names, dates and patterns.</source>
      <translation>{strength}. Torne-a mais longa (pelo menos {minimum} caracteres) e evite nomes, datas e padrões.</translation>
    </message>
  </context>
  <context>
    <name>Plan</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>&amp;Create plan</source>
      <translation>&amp;Criar o plano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>A&amp;pprove the plan</source>
      <translation>A&amp;provar o plano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add &amp;measure</source>
      <translation>Adicionar &amp;medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add &amp;objective</source>
      <translation>Adicionar &amp;objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add the measure</source>
      <translation>Adicionar a medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add the objective</source>
      <translation>Adicionar o objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Amount planned for the new measure</source>
      <translation>Montante previsto para a nova medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Amount spent on the selected measure</source>
      <translation>Montante gasto na medida selecionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Assistance measures</source>
      <translation>Medidas de assistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Budget of the plan</source>
      <translation>Orçamento do plano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Budget, e.g. 1500.00</source>
      <translation>Orçamento, p. ex. 1500.00</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Category of the new measure</source>
      <translation>Categoria da nova medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Create the reintegration plan</source>
      <translation>Criar o plano de reintegração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Currency</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Currency of the new measure</source>
      <translation>Moeda da nova medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Currency of the plan budget</source>
      <translation>Moeda do orçamento do plano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Description of the new measure</source>
      <translation>Descrição da nova medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Dimension</source>
      <translation>Dimensão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Dimension of the new objective</source>
      <translation>Dimensão do novo objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Mark as &amp;agreed with the person</source>
      <translation>Marcar como &amp;acordado com a pessoa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Mo&amp;ve</source>
      <translation>Mo&amp;ver</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Move the selected measure to this status</source>
      <translation>Passar a medida selecionada para este estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>New objective</source>
      <translation>Novo objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Next status of the selected measure</source>
      <translation>Estado seguinte da medida selecionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>No amounts planned yet.</source>
      <translation>Ainda não há montantes previstos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>No reintegration plan yet.</source>
      <translation>Ainda não há plano de reintegração.</translation>
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
      <translation>Objetivos do plano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Phase of the new measure</source>
      <translation>Fase da nova medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Plan and measures</source>
      <translation>Plano e medidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Plan status</source>
      <translation>Estado do plano</translation>
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
      <translation>Previsto {planned} {currency}, gasto {spent} {currency}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Reintegration plan</source>
      <translation>Plano de reintegração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Selected measure:</source>
      <translation>Medida selecionada:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Selected objective:</source>
      <translation>Objetivo selecionado:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Set s&amp;tatus</source>
      <translation>Definir o es&amp;tado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Set the status of the selected objective</source>
      <translation>Definir o estado do objetivo selecionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Spent</source>
      <translation>Gasto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Status of the selected objective</source>
      <translation>Estado do objetivo selecionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Status: {status}</source>
      <translation>Estado: {status}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Totals planned and spent</source>
      <translation>Totais previstos e gastos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>What to correct</source>
      <translation>O que corrigir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>budget {amount} {currency}</source>
      <translation>orçamento {amount} {currency}</translation>
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
      <translation>DEMONSTRAÇÃO: dados fictícios, não são pessoas reais</translation>
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
      <translation>Impresso em {when} por {user} no dispositivo {device}</translation>
    </message>
  </context>
  <context>
    <name>PrintActions</name>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Attendance sheet</source>
      <translation>Folha de presenças</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>CSV files (*.csv)</source>
      <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Cancelling: nothing will be written…</source>
      <translation>A cancelar: nada será escrito…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Case sheet of {case}</source>
      <translation>Ficha do caso {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Certificates</source>
      <translation>Certificados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Indicator report</source>
      <translation>Relatório de indicadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Laying out the visit forms of the week from {day}…</source>
      <translation>A paginar os formulários de visita da semana com início em {day}…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Next week's visit forms</source>
      <translation>Formulários de visita da próxima semana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Printing</source>
      <translation>Impressão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Progress of the visit forms</source>
      <translation>Progresso dos formulários de visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Save next week's visit forms as</source>
      <translation>Guardar os formulários de visita da próxima semana como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Save the indicator report as</source>
      <translation>Guardar o relatório de indicadores como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Visit form of {case}</source>
      <translation>Formulário de visita do caso {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Visit form {done} of {total}</source>
      <translation>Formulário de visita {done} de {total}</translation>
    </message>
  </context>
  <context>
    <name>PrintDialogs</name>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Create…</source>
      <translation>&amp;Criar…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;From</source>
      <translation>&amp;De</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Full sheet (coordinators)</source>
      <translation>Ficha co&amp;mpleta (coordenadores)</translation>
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
      <translation>Pré-&amp;visualizar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;To</source>
      <translation>&amp;Até</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>CSV (figures for a spreadsheet)</source>
      <translation>CSV (valores para uma folha de cálculo)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>English</source>
      <translation>Inglês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Everything, including the identity: the print is audited</source>
      <translation>Tudo, incluindo a identidade: a impressão fica registada no registo de auditoria</translation>
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
      <translation>Francês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Full sheet</source>
      <translation>Ficha completa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Indicator report</source>
      <translation>Relatório de indicadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Interview sheet</source>
      <translation>Ficha de entrevista</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Language of the print</source>
      <translation>Idioma da impressão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>PDF (to read, print and hand over)</source>
      <translation>PDF (para ler, imprimir e entregar)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Paper size</source>
      <translation>Tamanho do papel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Print the case sheet of {case}</source>
      <translation>Imprimir a ficha do caso {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Sheet</source>
      <translation>Ficha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>The full sheet is printed by coordinators only.</source>
      <translation>A ficha completa só é impressa por coordenadores.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>To</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Without the trafficking details, identity documents or amounts</source>
      <translation>Sem os pormenores da trata, os documentos de identificação nem os montantes</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fechar</translation>
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
      <translation>Fechar a pré-visualização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Close the preview (Esc)</source>
      <translation>Fechar a pré-visualização (Esc)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Fit &amp;width</source>
      <translation>Ajustar à &amp;largura</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Fit the page to the width</source>
      <translation>Ajustar a página à largura</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Next page</source>
      <translation>Página seguinte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Next page (Page Down)</source>
      <translation>Página seguinte (Page Down)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Ficheiros PDF (*.pdf)</translation>
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
      <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print (Ctrl+P)</source>
      <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print on a printer</source>
      <translation>Imprimir numa impressora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print preview</source>
      <translation>Pré-visualização da impressão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save as PDF</source>
      <translation>Guardar como PDF</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save as a PDF file</source>
      <translation>Guardar como ficheiro PDF</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save the pages as a PDF file where you choose (Ctrl+S)</source>
      <translation>Guardar as páginas como ficheiro PDF onde escolher (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Saved as {path}.</source>
      <translation>Guardado como {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Show the page as wide as the window</source>
      <translation>Mostrar a página tão larga como a janela</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>The printer could not be started. Check it and retry.</source>
      <translation>Não foi possível iniciar a impressora. Verifique-a e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>What was done</source>
      <translation>O que foi feito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom in</source>
      <translation>Ampliar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom in (Ctrl++)</source>
      <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom out</source>
      <translation>Reduzir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>Reduzir (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>of {count}</source>
      <translation>de {count}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>{count} pages sent to the printer.</source>
      <translation>{count} páginas enviadas para a impressora.</translation>
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
      <translation>&amp;Anular alterações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Error in {field}</source>
      <translation>Erro em {field}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Guardar as alterações (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Separate several with ;</source>
      <translation>Separe vários com ;</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Undo changes</source>
      <translation>Anular alterações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>such as 1250 or 1250.50</source>
      <translation>como 1250 ou 1250.50</translation>
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
      <translation>&amp;Já a anotei</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Recovery key</source>
      <translation>Chave de recuperação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>The recovery key you typed no longer works. Write this new one on paper now and keep it locked away from the laptop. It is shown only this once.</source>
      <translation>A chave de recuperação que escreveu já não funciona. Anote esta nova em papel agora e guarde-a fechada à chave, longe do portátil. Só é mostrada desta vez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Your new recovery key</source>
      <translation>A sua nova chave de recuperação</translation>
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
      <translation>&amp;Tamanho do papel:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Relay address:</source>
      <translation>Endereço do &amp;retransmissor:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>As the interface</source>
      <translation>Como a interface</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>As the system</source>
      <translation>Como o sistema</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Escolher…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Case &amp;sheet:</source>
      <translation>&amp;Ficha do caso:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Case sheet printed by default</source>
      <translation>Ficha do caso impressa por predefinição</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificate authority of the relay</source>
      <translation>Autoridade de certificação do retransmissor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificate file error</source>
      <translation>Erro no ficheiro de certificado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificados (*.pem *.crt *.cer);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Choose the certificate file</source>
      <translation>Escolher o ficheiro de certificado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Empty: the usual authorities</source>
      <translation>Vazio: as autoridades habituais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Full case file</source>
      <translation>Processo completo do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Given by the office: https://HOST or https://HOST:PORT. Empty: no relay.</source>
      <translation>Fornecido pelo escritório: https://ANFITRIÃO ou https://ANFITRIÃO:PORTA. Vazio: sem retransmissor.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Interview sheet (no trafficking details, documents or budget)</source>
      <translation>Ficha de entrevista (sem pormenores da trata, documentos nem orçamento)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language of &amp;prints:</source>
      <translation>Idioma das i&amp;mpressões:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language of prints</source>
      <translation>Idioma das impressões</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Letter (US)</source>
      <translation>Carta (EUA)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after &amp;idle time:</source>
      <translation>&amp;Bloquear após um tempo de inatividade de:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after idle minutes</source>
      <translation>Bloquear após estes minutos de inatividade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Only when the office gives you one: the relay's certificate file (.pem).</source>
      <translation>Apenas se o escritório lhe fornecer um: o ficheiro de certificado do retransmissor (.pem).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Paper size</source>
      <translation>Tamanho do papel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Printing</source>
      <translation>Impressão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay address</source>
      <translation>Endereço do retransmissor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay address error</source>
      <translation>Erro no endereço do retransmissor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay ce&amp;rtificate authority:</source>
      <translation>Autoridade de &amp;certificação do retransmissor:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>S&amp;ync every:</source>
      <translation>Sincroni&amp;zar a cada:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Settings</source>
      <translation>Definições</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Sync</source>
      <translation>Sincronização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Sync every minutes</source>
      <translation>Sincronizar a cada N minutos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my &amp;login (system keyring)</source>
      <translation>Desbloquear com a minha &amp;sessão (porta-chaves do sistema)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my login</source>
      <translation>Desbloquear com a minha sessão</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Coordinator at the office (Paris)</source>
      <translation>&amp;Coordenador(a) no escritório (Paris)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Create</source>
      <translation>&amp;Criar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Explore with demo data first</source>
      <translation>&amp;Explorar primeiro com dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Field officer in a mission</source>
      <translation>Técnico(a) de &amp;terreno numa missão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Office or mission:</source>
      <translation>&amp;Escritório ou missão:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Open the demo</source>
      <translation>&amp;Abrir a demonstração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Set up this laptop</source>
      <translation>&amp;Configurar este portátil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Unlock with my login (system keyring)</source>
      <translation>&amp;Desbloquear com a minha sessão (porta-chaves do sistema)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>A separate database of invented cases; your real set-up stays for later.</source>
      <translation>Uma base de dados à parte com casos inventados; a sua configuração real fica para depois.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>CARE Desktop makes a separate demo database with {cases} invented cases, so you can see every screen at work. Nothing in it is real, it never syncs, and your real database is not created yet. Every screen shows DEMO.</source>
      <translation>O CARE Desktop cria uma base de dados de demonstração à parte com {cases} casos inventados, para que possa ver cada ecrã a funcionar. Nada nela é real, nunca é sincronizada, e a sua base de dados real ainda não é criada. Cada ecrã mostra DEMONSTRAÇÃO.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>CARE Desktop: set-up</source>
      <translation>CARE Desktop: configuração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Choose a passphrase</source>
      <translation>Escolha uma frase-passe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Co&amp;untry of the mission:</source>
      <translation>&amp;País da missão:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Countries of the mission</source>
      <translation>Países da missão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Creating the encrypted database…</source>
      <translation>A criar a base de dados cifrada…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Database: {path}</source>
      <translation>Base de dados: {path}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Explore with demo data</source>
      <translation>Explorar com dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Find a country</source>
      <translation>Procurar um país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>I have &amp;written it down</source>
      <translation>&amp;Já a anotei</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>It opens the database on this laptop. Nobody, not even the office, can recover it for you: only the recovery key on the next page can.</source>
      <translation>Abre a base de dados deste portátil. Ninguém, nem mesmo o escritório, a pode recuperar por si: só a chave de recuperação da página seguinte o pode fazer.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Making the demo database</source>
      <translation>A criar a base de dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>No system keyring is available on this computer.</source>
      <translation>Não há nenhum porta-chaves do sistema disponível neste computador.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Office or mission</source>
      <translation>Escritório ou missão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Set up this laptop</source>
      <translation>Configurar este portátil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>The demo opens without a passphrase. After locking, unlock it with the demo passphrase: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
      <translation>A demonstração abre sem frase-passe. Depois de a bloquear, desbloqueie-a com a frase-passe da demonstração: &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>This laptop will keep case records in an encrypted database that only your passphrase opens. Set-up takes a minute: tell us who you are, choose a passphrase and write down the recovery key.</source>
      <translation>Este portátil vai guardar os registos de casos numa base de dados cifrada que só a sua frase-passe abre. A configuração demora um minuto: diga-nos quem é, escolha uma frase-passe e anote a chave de recuperação.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>To set up your real database later: File ▸ Leave demo.</source>
      <translation>Para configurar a sua base de dados real mais tarde: Ficheiro ▸ Sair da demonstração.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Type to find a country</source>
      <translation>Escreva para procurar um país</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with my login</source>
      <translation>Desbloquear com a minha sessão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with your login: on.</source>
      <translation>Desbloquear com a sua sessão: ativado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Welcome to CARE Desktop</source>
      <translation>Bem-vindo(a) ao CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Who uses this laptop</source>
      <translation>Quem utiliza este portátil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Write it on paper now and keep it locked away from the laptop. It is shown only this once. If the passphrase is forgotten, it is the only way back in.</source>
      <translation>Anote-a em papel agora e guarde-a fechada à chave, longe do portátil. Só é mostrada desta vez. Se a frase-passe for esquecida, é a única forma de voltar a entrar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your &amp;name:</source>
      <translation>O seu &amp;nome:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your login password then opens CARE Desktop; the passphrase still works.</source>
      <translation>A palavra-passe da sua sessão passa então a abrir o CARE Desktop; a frase-passe continua a funcionar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your name</source>
      <translation>O seu nome</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your recovery key</source>
      <translation>A sua chave de recuperação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>for example IOM Lagos</source>
      <translation>por exemplo OIM Lagos</translation>
    </message>
  </context>
  <context>
    <name>SyncCentre</name>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Enrol a device…</source>
      <translation>&amp;Registar um dispositivo…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Keep the selected value</source>
      <translation>&amp;Manter o valor selecionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Pin the office…</source>
      <translation>&amp;Fixar o escritório…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Revoke the selected device…</source>
      <translation>Revo&amp;gar o dispositivo selecionado…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Write this value</source>
      <translation>&amp;Escrever este valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(empty)</source>
      <translation>(vazio)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(unknown)</source>
      <translation>(desconhecido)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(unreadable)</source>
      <translation>(ilegível)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Another value</source>
      <translation>Outro valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Bundle</source>
      <translation>Pacote</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Card written to {path}. Fingerprint {fingerprint}</source>
      <translation>Cartão escrito em {path}. Impressão digital {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Changes</source>
      <translation>Alterações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Concurrent values</source>
      <translation>Valores concorrentes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Conflicts</source>
      <translation>Conflitos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Conflicts ({count})</source>
      <translation>Conflitos ({count})</translation>
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
      <translation>E&amp;xportar o cartão deste dispositivo…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Enrol a device</source>
      <translation>Registar um dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Export this device's identity card</source>
      <translation>Exportar o cartão de identidade deste dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>File</source>
      <translation>Ficheiro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Fingerprint</source>
      <translation>Impressão digital</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Held: the relay refused it ({reason})</source>
      <translation>Retido: o retransmissor recusou-o ({reason})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>History</source>
      <translation>Histórico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Identity card</source>
      <translation>Cartão de identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Identity cards (*.card)</source>
      <translation>Cartões de identidade (*.card)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Inbox</source>
      <translation>Caixa de entrada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Keep the selected value</source>
      <translation>Manter o valor selecionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Not yet received</source>
      <translation>Ainda não recebido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Office</source>
      <translation>Escritório</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Or write another value</source>
      <translation>Ou escreva outro valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Outbox</source>
      <translation>Caixa de saída</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Quarantine</source>
      <translation>Quarentena</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Re&amp;voke</source>
      <translation>Re&amp;vogar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Received</source>
      <translation>Recebido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Record</source>
      <translation>Registo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke a device</source>
      <translation>Revogar um dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke device {device} of {office}? Its bundles made after the last one received here will wait in quarantine, and the relay will refuse it. This cannot be undone: a device found again is enrolled anew.</source>
      <translation>Revogar o dispositivo {device} de {office}? Os seus pacotes criados depois do último recebido aqui ficarão à espera em quarentena, e o retransmissor irá recusá-lo. Isto não pode ser anulado: um dispositivo recuperado é registado de novo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke the selected device</source>
      <translation>Revogar o dispositivo selecionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Shown for now</source>
      <translation>Mostrado por agora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Size</source>
      <translation>Tamanho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sync centre</source>
      <translation>Centro de sincronização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sync summary</source>
      <translation>Resumo da sincronização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>This device's fingerprint</source>
      <translation>Impressão digital deste dispositivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>This device: {device} · fingerprint {fingerprint}</source>
      <translation>Este dispositivo: {device} · impressão digital {fingerprint}</translation>
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
      <translation>Valores escritos ao mesmo tempo em dispositivos diferentes:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Waiting to leave</source>
      <translation>À espera de envio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Why</source>
      <translation>Porquê</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Write this value</source>
      <translation>Escrever este valor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Written by</source>
      <translation>Escrito por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>bundles {numbers} never imported here</source>
      <translation>pacotes {numbers} nunca importados aqui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>{conflicts} conflicts to review · {waiting} bundles waiting · {quarantined} in quarantine</source>
      <translation>{conflicts} conflitos a rever · {waiting} pacotes em espera · {quarantined} em quarentena</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>{count} of our changes</source>
      <translation>{count} das nossas alterações</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 bundle received, not yet imported</source>
      <translation>1 pacote recebido, ainda não importado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 bundle waiting to leave</source>
      <translation>1 pacote à espera de envio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 change not yet confirmed as received</source>
      <translation>1 alteração cuja receção ainda não foi confirmada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Cancel the sync</source>
      <translation>Cancelar a sincronização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Importing bundles</source>
      <translation>A importar pacotes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Never synced</source>
      <translation>Nunca sincronizado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address is set, so this computer cannot sync through the relay. Enter the relay address given by the office in Settings, then sync again.</source>
      <translation>Não está definido nenhum endereço de retransmissor, pelo que este computador não pode sincronizar através do retransmissor. Introduza nas Definições o endereço do retransmissor fornecido pelo escritório e volte a sincronizar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address is set: sync through the relay is off.</source>
      <translation>Não está definido nenhum endereço de retransmissor: a sincronização através do retransmissor está desativada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address: set one in Settings</source>
      <translation>Sem endereço de retransmissor: defina-o nas Definições</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Offline</source>
      <translation>Sem ligação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Receiving bundles</source>
      <translation>A receber pacotes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sending bundles</source>
      <translation>A enviar pacotes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Stop the sync; nothing is lost, it goes on later</source>
      <translation>Parar a sincronização; nada se perde, continua mais tarde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync now</source>
      <translation>Sincronizar agora</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync progress</source>
      <translation>Progresso da sincronização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync status</source>
      <translation>Estado da sincronização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Synced {date} at {time}</source>
      <translation>Sincronizado em {date} às {time}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Synced {time}</source>
      <translation>Sincronizado às {time}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing</source>
      <translation>A sincronizar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing with the relay…</source>
      <translation>A sincronizar com o retransmissor…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing…</source>
      <translation>A sincronizar…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing… {percent} %</source>
      <translation>A sincronizar… {percent} %</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>nothing waiting</source>
      <translation>nada em espera</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} bundles received, not yet imported</source>
      <translation>{count} pacotes recebidos, ainda não importados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} bundles waiting to leave</source>
      <translation>{count} pacotes à espera de envio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} changes not yet confirmed as received</source>
      <translation>{count} alterações cuja receção ainda não foi confirmada</translation>
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
      <translation>Folha de presenças</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Audience</source>
      <translation>Público</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Certificate of attendance</source>
      <translation>Certificado de participação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Dates</source>
      <translation>Datas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Duration: {hours} hours.</source>
      <translation>Duração: {hours} horas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>For the organisation</source>
      <translation>Pela organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Hours</source>
      <translation>Horas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Participants: please sign on your line.</source>
      <translation>Participantes: por favor, assinem na respetiva linha.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Session</source>
      <translation>Sessão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Signature</source>
      <translation>Assinatura</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Signature and date</source>
      <translation>Assinatura e data</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>This certifies that</source>
      <translation>Certifica-se que</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainer</source>
      <translation>Formador(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainers</source>
      <translation>Formadores</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainers: {names}</source>
      <translation>Formadores: {names}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>attended the training</source>
      <translation>frequentou a formação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>held on {dates} in {place}, organised by {organisation}.</source>
      <translation>realizada em {dates}, em {place}, organizada por {organisation}.</translation>
    </message>
  </context>
  <context>
    <name>Trainings</name>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Add participant…</source>
      <translation>&amp;Adicionar participante…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Audience:</source>
      <translation>&amp;Público:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Date:</source>
      <translation>&amp;Data:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;New session…</source>
      <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Organização:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Place:</source>
      <translation>&amp;Local:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Sex:</source>
      <translation>&amp;Sexo:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>A&amp;ttended</source>
      <translation>&amp;Presente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Add participant</source>
      <translation>Adicionar participante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Attended</source>
      <translation>Presentes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Audience</source>
      <translation>Público</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>New training session</source>
      <translation>Nova sessão de formação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>One certificate for each participant who attended</source>
      <translation>Um certificado para cada participante que esteve presente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation &amp;type:</source>
      <translation>&amp;Tipo de organização:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation type</source>
      <translation>Tipo de organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print &amp;certificates…</source>
      <translation>Imprimir &amp;certificados…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print a&amp;ttendance sheet…</source>
      <translation>Imprimir &amp;folha de presenças…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print the attendance sheet</source>
      <translation>Imprimir a folha de presenças</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print the certificates</source>
      <translation>Imprimir os certificados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Training sessions</source>
      <translation>Sessões de formação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Training totals</source>
      <translation>Totais das formações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Trainings</source>
      <translation>Formações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>{sessions} sessions, {attended} of {participants} participants attended. By organisation type: {by_type}. By sex: {by_sex}.</source>
      <translation>{sessions} sessões; estiveram presentes {attended} de {participants} participantes. Por tipo de organização: {by_type}. Por sexo: {by_sex}.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Forgot the passphrase?</source>
      <translation>&amp;Esqueceu a frase-passe?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase-passe:</translation>
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
      <translation>Introduza a sua frase-passe para abrir os registos de casos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation>Frase-passe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recover with the recovery key</source>
      <translation>Recuperar com a chave de recuperação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery &amp;key:</source>
      <translation>&amp;Chave de recuperação:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery key</source>
      <translation>Chave de recuperação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>The database was upgraded to data model {revision}; a copy of the previous one is in {backup}</source>
      <translation>A base de dados foi atualizada para o modelo de dados {revision}; uma cópia da anterior está em {backup}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Type the recovery key written down at set-up, then choose a new passphrase. The old passphrase will no longer work.</source>
      <translation>Escreva a chave de recuperação anotada durante a configuração e escolha uma nova frase-passe. A frase-passe antiga deixará de funcionar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock CARE Desktop</source>
      <translation>Desbloquear o CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock with my &amp;login</source>
      <translation>Desbloquear com a minha &amp;sessão</translation>
    </message>
  </context>
  <context>
    <name>VisitForm</name>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>1 month after arrival</source>
      <translation>1 mês após a chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Arrival</source>
      <translation>Chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Beneficiary or guardian</source>
      <translation>Beneficiário(a) ou tutor(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Date of the visit: ____________    How:</source>
      <translation>Data da visita: ____________    Modalidade:</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Delivered? Comments</source>
      <translation>Realizada? Comentários</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Due on</source>
      <translation>Prazo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Economic dimension</source>
      <translation>Dimensão económica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Economic: work, income, debts, housing</source>
      <translation>Económica: trabalho, rendimento, dívidas, habitação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Field officer</source>
      <translation>Técnico(a) de terreno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Findings</source>
      <translation>Constatações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Measure</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Monitoring visit form</source>
      <translation>Formulário de visita de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>No plan or measure recorded yet.</source>
      <translation>Ainda não há nenhum plano nem medida registados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Officer: ______________________________</source>
      <translation>Técnico(a): ______________________________</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Other observations, next steps</source>
      <translation>Outras observações, próximos passos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Plan: what to check</source>
      <translation>Plano: o que verificar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Psychosocial dimension</source>
      <translation>Dimensão psicossocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Psychosocial: well-being, safety, support</source>
      <translation>Psicossocial: bem-estar, segurança, apoio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Read each question aloud and tick one answer. The person may decline any question: tick “No answer / does not apply”.</source>
      <translation>Leia cada pergunta em voz alta e assinale uma resposta. A pessoa pode recusar responder a qualquer pergunta: assinale «Sem resposta / não se aplica».</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Reintegration Sustainability Survey</source>
      <translation>Inquérito de sustentabilidade da reintegração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Signature and date</source>
      <translation>Assinatura e data</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Signatures</source>
      <translation>Assinaturas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Social dimension</source>
      <translation>Dimensão social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Social: family, community, services, documents</source>
      <translation>Social: família, comunidade, serviços, documentos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Status found</source>
      <translation>Estado constatado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Status when printed</source>
      <translation>Estado à data da impressão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Survey version {version}</source>
      <translation>Versão {version} do inquérito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Window</source>
      <translation>Período</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>delivered {date}</source>
      <translation>realizada em {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>planned for {date}</source>
      <translation>prevista para {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} days after arrival</source>
      <translation>{count} dias após a chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} months after arrival</source>
      <translation>{count} meses após a chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} weeks after arrival</source>
      <translation>{count} semanas após a chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{start} to {end}</source>
      <translation>de {start} a {end}</translation>
    </message>
  </context>
  <context>
    <name>Visits</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>&amp;Print visit form…</source>
      <translation>Imprimir &amp;formulário de visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>&amp;Record visit…</source>
      <translation>&amp;Registar visita…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>(not asked)</source>
      <translation>(não perguntada)</translation>
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
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Due</source>
      <translation>Prazo</translation>
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
      <translation>Como</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring summary</source>
      <translation>Resumo do acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring visits</source>
      <translation>Visitas de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring visits of the case</source>
      <translation>Visitas de acompanhamento do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/rows_model.py" />
      <source>Month {number}</source>
      <translation>Mês {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>No visits scheduled: the arrival date is not known.</source>
      <translation>Não há visitas agendadas: a data de chegada não é conhecida.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Official</source>
      <translation>Oficiais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Print the form of the selected visit</source>
      <translation>Imprimir o formulário da visita selecionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Provisional</source>
      <translation>Provisórias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Psychosocial</source>
      <translation>Psicossocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Questions answered</source>
      <translation>Perguntas respondidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Record the selected visit</source>
      <translation>Registar a visita selecionada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Save survey</source>
      <translation>Guardar o inquérito</translation>
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
      <translation>Inquérito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey at visit {visit} of {case}</source>
      <translation>Inquérito na visita {visit} de {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey of {case}</source>
      <translation>Inquérito de {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Sustainability survey</source>
      <translation>Inquérito de sustentabilidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Sustainability survey scores by dimension</source>
      <translation>Pontuações do inquérito de sustentabilidade por dimensão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Sustainability surveys (scores 0 to 1)</source>
      <translation>Inquéritos de sustentabilidade (pontuações de 0 a 1)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Take &amp;survey…</source>
      <translation>Fazer &amp;inquérito…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Take a sustainability survey</source>
      <translation>Fazer um inquérito de sustentabilidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Taken</source>
      <translation>Realizado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Visited on</source>
      <translation>Visitado em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/rows_model.py" />
      <source>Week {number}</source>
      <translation>Semana {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Weights</source>
      <translation>Ponderações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Window</source>
      <translation>Período</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>{count} of {total} questions answered</source>
      <translation>{count} de {total} perguntas respondidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>{done} of {total} visits done · {overdue} overdue</source>
      <translation>{done} de {total} visitas realizadas · {overdue} em atraso</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../care_desktop/ui/widgets.py" />
      <source>Error</source>
      <translation>Erro</translation>
    </message>
  </context>
  <context>
    <name>bundle</name>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Changes to a case outside the sending device's countries. Applied if its countries come to include the case's country.</source>
      <translation>Alterações a um caso fora dos países do dispositivo remetente. São aplicadas se os seus países passarem a incluir o país do caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Changes to a record that has not arrived here yet (for example a consent whose case stays at the office). Applied when that record arrives.</source>
      <translation>Alterações a um registo que ainda não chegou aqui (por exemplo, um consentimento cujo caso fica no escritório). São aplicadas quando esse registo chegar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Kept for a reason this version does not know.</source>
      <translation>Retido por um motivo que esta versão não conhece.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Sent by a device this one does not know yet. Applied as soon as the device is enrolled (office) or the office is pinned (field device).</source>
      <translation>Enviado por um dispositivo que este ainda não conhece. É aplicado assim que o dispositivo for registado (escritório) ou o escritório for fixado (dispositivo de terreno).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Sent by a revoked device after its cut-off. Kept for a coordinator to decide; never applied automatically.</source>
      <translation>Enviado por um dispositivo revogado após o seu ponto de corte. Guardado para que um(a) coordenador(a) decida; nunca é aplicado automaticamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Written by a newer version of CARE Desktop. Applied after this application is updated.</source>
      <translation>Escrito por uma versão mais recente do CARE Desktop. É aplicado depois de esta aplicação ser atualizada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>an attachment's content does not match its hash.</source>
      <translation>o conteúdo de um anexo não corresponde ao seu hash.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it carries a device roster older than the one this device has.</source>
      <translation>contém uma lista de dispositivos mais antiga do que a deste dispositivo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is incomplete; copy it again from its source.</source>
      <translation>está incompleto; copie-o novamente a partir da origem.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is larger than a bundle may be, or inflates beyond its bounds.</source>
      <translation>é maior do que um pacote pode ser, ou descomprime-se para além dos seus limites.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is not a well-formed CARE bundle (damaged, or not a bundle at all).</source>
      <translation>não é um pacote CARE bem formado (danificado, ou nem sequer é um pacote).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is not addressed to this device.</source>
      <translation>não está dirigido a este dispositivo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it uses a format this version no longer accepts.</source>
      <translation>usa um formato que esta versão já não aceita.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it was written by a newer version of CARE Desktop.</source>
      <translation>foi escrito por uma versão mais recente do CARE Desktop.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its device roster is not signed by the office this device trusts.</source>
      <translation>a sua lista de dispositivos não está assinada pelo escritório em que este dispositivo confia.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its encrypted content does not match its signed header.</source>
      <translation>o seu conteúdo cifrado não corresponde ao seu cabeçalho assinado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its signature does not verify: it was changed after it was signed, or forged.</source>
      <translation>a sua assinatura não é válida: foi alterado depois de assinado, ou foi falsificado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its signed header is not readable.</source>
      <translation>o seu cabeçalho assinado não é legível.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>the sender already sent a different bundle with this number: possible forgery. It is noted in the alert log next to the database; tell the office.</source>
      <translation>o remetente já enviou outro pacote com este número: possível falsificação. Fica anotado no registo de alertas junto à base de dados; avise o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>this device cannot decrypt it.</source>
      <translation>este dispositivo não o consegue decifrar.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Added {cases} synthetic cases and {trainings} training sessions.</source>
      <translation>Foram adicionados {cases} casos fictícios e {trainings} sessões de formação.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Attached {name} ({size} bytes).</source>
      <translation>Anexado {name} ({size} bytes).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Attendance sheet written to {path}.</source>
      <translation>Folha de presenças escrita em {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Bundle {seq} written: {writes} writes for {recipient}.</source>
      <translation>Pacote {seq} escrito: {writes} escritas para {recipient}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Case anonymised.</source>
      <translation>Caso anonimizado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Case erased.</source>
      <translation>Caso apagado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/print_commands.py" />
      <source>Case sheet of {case} ({profile}) written to {path}.</source>
      <translation>Ficha do caso {case} ({profile}) escrita em {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Certificates written to {path}.</source>
      <translation>Certificados escritos em {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database OK.</source>
      <translation>Base de dados em bom estado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database created: {path}</source>
      <translation>Base de dados criada: {path}</translation>
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
      <translation>Foram exportados {count} registos para {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Fingerprint of {office}: {fingerprint}</source>
      <translation>Impressão digital de {office}: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Fingerprint: {fingerprint}</source>
      <translation>Impressão digital: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Identity card written to {path}. Fingerprint: {fingerprint}</source>
      <translation>Cartão de identidade escrito em {path}. Impressão digital: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Importado: {created} novos, {updated} alterados, {unchanged} inalterados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/report_commands.py" />
      <source>Indicator report for {start} to {end} written to {path}.</source>
      <translation>Relatório de indicadores de {start} a {end} escrito em {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Internal error {reference}: this is a bug in CARE Desktop, and the command may not have finished. Send the log file to the office.</source>
      <translation>Erro interno {reference}: trata-se de uma falha do CARE Desktop, e o comando pode não ter terminado. Envie o ficheiro de registo ao escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Interrupted; nothing was changed.</source>
      <translation>Interrompido; nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Is it the same on the other device? (yes/no) </source>
      <translation>É igual no outro dispositivo? (sim/não) </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>NEW RECOVERY KEY: the old one no longer works. Write this one on paper now and keep it locked away from the laptop; it is shown only this once.</source>
      <translation>NOVA CHAVE DE RECUPERAÇÃO: a antiga já não funciona. Anote esta em papel agora e guarde-a fechada à chave, longe do portátil; só é mostrada desta vez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>New passphrase set. The old passphrase no longer works.</source>
      <translation>Nova frase-passe definida. A antiga já não funciona.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase, again: </source>
      <translation>Nova frase-passe, novamente: </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase: </source>
      <translation>Nova frase-passe: </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>No cases.</source>
      <translation>Não há casos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>No conflicts.</source>
      <translation>Não há conflitos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>No devices.</source>
      <translation>Não há dispositivos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>No records.</source>
      <translation>Não há registos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>No surveys.</source>
      <translation>Não há inquéritos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Nothing due.</source>
      <translation>Nada pendente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Nothing waits.</source>
      <translation>Nada em espera.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Passphrase changed. The old one no longer works.</source>
      <translation>Frase-passe alterada. A antiga já não funciona.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>Passphrase: </source>
      <translation>Frase-passe: </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Possible duplicate: {code} (similarity {score}%)</source>
      <translation>Possível duplicado: {code} (semelhança {score}%)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>RECOVERY KEY: write it on paper now and keep it locked away from the laptop. It is shown only this once; without it a forgotten passphrase loses the data.</source>
      <translation>CHAVE DE RECUPERAÇÃO: anote-a em papel agora e guarde-a fechada à chave, longe do portátil. Só é mostrada desta vez; sem ela, uma frase-passe esquecida faz perder os dados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Resolved.</source>
      <translation>Resolvido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Revoked. Its bundles after number {cutoff} will be quarantined, not applied.</source>
      <translation>Revogado. Os seus pacotes posteriores ao número {cutoff} serão postos em quarentena, não aplicados.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Role: {role}, office: {office}, countries: {countries}</source>
      <translation>Função: {role}, escritório: {office}, países: {countries}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Survey recorded.</source>
      <translation>Inquérito registado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Sync done: {sent} bundles sent, {received} received, {applied} applied, {known} already here.</source>
      <translation>Sincronização concluída: {sent} pacotes enviados, {received} recebidos, {applied} aplicados, {known} já presentes.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>The database was upgraded to data model {revision}; a copy of the previous one is in {backup}</source>
      <translation>A base de dados foi atualizada para o modelo de dados {revision}; uma cópia da anterior está em {backup}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Trusted: {office} ({device}), fingerprint {fingerprint}.</source>
      <translation>De confiança: {office} ({device}), impressão digital {fingerprint}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login could not be turned on (internal error {reference}).</source>
      <translation>Não foi possível ativar o desbloqueio com a sua sessão (erro interno {reference}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: off.</source>
      <translation>Desbloquear com a sua sessão: desativado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: on.</source>
      <translation>Desbloquear com a sua sessão: ativado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlocked with the system keyring.</source>
      <translation>Desbloqueado com o porta-chaves do sistema.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Visit form written to {path}.</source>
      <translation>Formulário de visita escrito em {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Weight set {version} is now used for every score.</source>
      <translation>O conjunto de ponderações {version} passa a ser usado em todas as pontuações.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>age recipient: {recipient}</source>
      <translation>destinatário age: {recipient}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>its bundles not imported here: {numbers}</source>
      <translation>os seus pacotes não importados aqui: {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>its writes not received here: {numbers}</source>
      <translation>as suas escritas não recebidas aqui: {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>minisign public key: {key}</source>
      <translation>chave pública minisign: {key}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>provisional weights</source>
      <translation>ponderações provisórias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles still wait in the outbox.</source>
      <translation>{count} pacotes continuam à espera na caixa de saída.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles wait in the quarantine (see care quarantine list).</source>
      <translation>{count} pacotes aguardam em quarentena (ver care quarantine list).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles were refused and kept in the quarantine with the reason (see care quarantine list).</source>
      <translation>{count} pacotes foram recusados e mantidos em quarentena com o motivo (ver care quarantine list).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles were refused by the relay and are kept in the outbox's held folder; take them with care sync --folder PATH.</source>
      <translation>{count} pacotes foram recusados pelo retransmissor e estão guardados na pasta «held» da caixa de saída; leve-os com care sync --folder CAMINHO.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} of this device's writes not yet acknowledged</source>
      <translation>{count} escritas deste dispositivo ainda não confirmadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>{count} visit forms ({start}, {days} days) written to {path}.</source>
      <translation>{count} formulários de visita ({start}, {days} dias) escritos em {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} waiting bundle(s) applied.</source>
      <translation>{count} pacote(s) em espera aplicado(s).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} writes stay on this device: their case has no transfer consent.</source>
      <translation>{count} alterações ficam neste dispositivo: o respetivo caso não tem consentimento de transferência.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: already imported, nothing to do.</source>
      <translation>{path}: já importado, nada a fazer.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: quarantined ({reason}); it will be tried again.</source>
      <translation>{path}: em quarentena ({reason}); será tentado novamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: {applied} applied, {known} already known, {conflicts} conflicts, {quarantined} waiting in quarantine.</source>
      <translation>{path}: {applied} aplicados, {known} já conhecidos, {conflicts} conflitos, {quarantined} à espera em quarentena.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/report_commands.py" />
      <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation>{value} não é uma data: escreva-a como AAAA-MM-DD, por exemplo 2026-03-31.</translation>
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
      <translation>Maus-tratos físicos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuse - social media</source>
      <translation>Abuso nas redes sociais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuser</source>
      <translation>Abusador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Accepted</source>
      <translation>Aceite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Accommodation and food service activities</source>
      <translation>Alojamento, restauração e similares</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Achieved</source>
      <translation>Alcançado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Acquainted</source>
      <translation>Conhecido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Active</source>
      <translation>Ativo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Activities of extraterritorial organizations and bodies</source>
      <translation>Atividades de organizações e organismos extraterritoriais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use</source>
      <translation>Atividades das famílias empregadoras; atividades não diferenciadas de produção de bens e serviços pelas famílias para uso próprio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Actual victim of trafficking</source>
      <translation>Vítima de trata confirmada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Addiction</source>
      <translation>Dependência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Additional Services Required</source>
      <translation>Serviços adicionais necessários</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Adequate</source>
      <translation>Adequada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Administrative and support service activities</source>
      <translation>Atividades administrativas e dos serviços de apoio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>After arrival</source>
      <translation>Após a chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Agreed</source>
      <translation>Acordado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Agriculture, forestry and fishing</source>
      <translation>Agricultura, silvicultura e pesca</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Airport reception</source>
      <translation>Receção no aeroporto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Albanian</source>
      <translation>Albanês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Algerian dinar</source>
      <translation>Dinar argelino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Alternative care</source>
      <translation>Cuidados alternativos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Amharic</source>
      <translation>Amárico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Approved</source>
      <translation>Aprovado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arabic</source>
      <translation>Árabe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arrival</source>
      <translation>Chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arrived</source>
      <translation>Chegada efetuada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Arts, entertainment and recreation</source>
      <translation>Atividades artísticas, de espetáculos e recreativas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Assessed</source>
      <translation>Avaliado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At a place of business</source>
      <translation>Num estabelecimento comercial ou empresa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At an educational institution</source>
      <translation>Num estabelecimento de ensino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>At the office</source>
      <translation>No escritório</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At work</source>
      <translation>No trabalho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Bachelor’s or Equivalent Level</source>
      <translation>Licenciatura ou nível equivalente</translation>
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
      <translation>Antes da partida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bengali</source>
      <translation>Bengali</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Best-interests assessment (BIA)</source>
      <translation>Avaliação do superior interesse (ASI)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Best-interests determination (BID)</source>
      <translation>Determinação do superior interesse (DSI)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Birr</source>
      <translation>Birr</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Birth certificate</source>
      <translation>Certidão de nascimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Boliviano</source>
      <translation>Boliviano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Border police</source>
      <translation>Polícia de fronteiras</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Bought Individual</source>
      <translation>Pessoa comprada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Broker Travel Agent</source>
      <translation>Intermediário ou agente de viagens</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bulgarian</source>
      <translation>Búlgaro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>By phone</source>
      <translation>Por telefone</translation>
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
      <translation>Escudo cabo-verdiano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cash or in-kind allowance</source>
      <translation>Subsídio em dinheiro ou em espécie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cedi</source>
      <translation>Cedi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Central Government Organisation</source>
      <translation>Organismo da administração central</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Child care</source>
      <translation>Cuidados infantis</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Child labour</source>
      <translation>Trabalho infantil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Child protection authority</source>
      <translation>Autoridade de proteção de crianças</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Childcare</source>
      <translation>Cuidados infantis</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Children with a best-interests determination before return</source>
      <translation>Crianças com determinação do superior interesse antes do regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Chinese</source>
      <translation>Chinês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Closed</source>
      <translation>Encerrado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Closed Referred</source>
      <translation>Encerrado – encaminhado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Colombian peso</source>
      <translation>Peso colombiano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Completed</source>
      <translation>Concluída</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Congolese franc</source>
      <translation>Franco congolês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Construction</source>
      <translation>Construção</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Controlled Individual</source>
      <translation>Pessoa controlada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Corporate Business</source>
      <translation>Empresa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Court or prosecution</source>
      <translation>Tribunal ou Ministério Público</translation>
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
      <translation>Dívidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Debt bondage</source>
      <translation>Servidão por dívidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Deceased</source>
      <translation>Falecimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Declined</source>
      <translation>Recusada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Delivered</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Departed</source>
      <translation>Partida efetuada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Did not return</source>
      <translation>Não regressou</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Disability and physical health</source>
      <translation>Deficiência e saúde física</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Discrimination</source>
      <translation>Discriminação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Divorced</source>
      <translation>Divorciado(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Do not return</source>
      <translation>Não regressar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Doctoral or Equivalent Level</source>
      <translation>Doutoramento ou nível equivalente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Documentation</source>
      <translation>Documentação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Dong</source>
      <translation>Dong</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Draft</source>
      <translation>Rascunho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Early Childhood Education</source>
      <translation>Educação de infância</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Economic</source>
      <translation>Económica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Economic hardship</source>
      <translation>Dificuldades económicas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Education</source>
      <translation>Educação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Egyptian pound</source>
      <translation>Libra egípcia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Electricity, gas, steam and air conditioning supply</source>
      <translation>Fornecimento de eletricidade, gás, vapor e ar condicionado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Employment</source>
      <translation>Emprego</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>English</source>
      <translation>Inglês</translation>
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
      <translation>Horários de trabalho excessivos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Exploitation</source>
      <translation>Exploração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Exploiter</source>
      <translation>Explorador</translation>
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
      <translation>Falsas promessas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Familial</source>
      <translation>Familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family involved in the trafficking</source>
      <translation>Família envolvida na trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family mediation</source>
      <translation>Mediação familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family relations</source>
      <translation>Relações familiares</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family support</source>
      <translation>Apoio familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Female</source>
      <translation>Mulher</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Feminine</source>
      <translation>Feminino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Financial</source>
      <translation>Financeira</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Financial and insurance activities</source>
      <translation>Atividades financeiras e de seguros</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Financial services</source>
      <translation>Serviços financeiros</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Follow Up</source>
      <translation>Acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Follow-up</source>
      <translation>Acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Food</source>
      <translation>Alimentação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced adoption</source>
      <translation>Adoção forçada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced begging</source>
      <translation>Mendicidade forçada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced labour</source>
      <translation>Trabalho forçado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced marriage</source>
      <translation>Casamento forçado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced military (by non-state actors)</source>
      <translation>Recrutamento militar forçado (por atores não estatais)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>French</source>
      <translation>Francês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Fulah</source>
      <translation>Fula</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Gendarmerie</source>
      <translation>Gendarmaria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>German</source>
      <translation>Alemão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guaraní</source>
      <translation>Guarani</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guardian appointed in the host country</source>
      <translation>Tutor nomeado no país de acolhimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guinean franc</source>
      <translation>Franco guineense</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Harboured Individual</source>
      <translation>Pessoa alojada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hausa</source>
      <translation>Hauçá</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Health</source>
      <translation>Saúde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Health Service Organisation</source>
      <translation>Organização de serviços de saúde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Health care</source>
      <translation>Cuidados de saúde</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>High</source>
      <translation>Elevado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hindi</source>
      <translation>Hindi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Home visit</source>
      <translation>Visita domiciliária</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Homelessness</source>
      <translation>Situação de sem-abrigo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Housing</source>
      <translation>Habitação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hryvnia</source>
      <translation>Hryvnia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Human health and social work activities</source>
      <translation>Atividades de saúde humana e apoio social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>IOM mission</source>
      <translation>Missão da OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>IOM office</source>
      <translation>Escritório da OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Identified</source>
      <translation>Identificado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Identity documents</source>
      <translation>Documentos de identificação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Igbo</source>
      <translation>Igbo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Immigration Service</source>
      <translation>Serviço de imigração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>In progress</source>
      <translation>Em curso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Inadequate</source>
      <translation>Inadequada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Income</source>
      <translation>Rendimentos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Income-generating activity / business start-up</source>
      <translation>Atividade geradora de rendimentos / criação de negócio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Indian rupee</source>
      <translation>Rupia indiana</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Information and communication</source>
      <translation>Informação e comunicação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Integration in the host country</source>
      <translation>Integração no país de acolhimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>International organisation</source>
      <translation>Organização internacional</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Italian</source>
      <translation>Italiano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Job placement</source>
      <translation>Colocação profissional</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Kenyan shilling</source>
      <translation>Xelim queniano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Kidnapper</source>
      <translation>Raptor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Kinyarwanda</source>
      <translation>Kinyarwanda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Labour Exploitation Rehabilitation</source>
      <translation>Reabilitação após exploração laboral</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Labour inspectorate</source>
      <translation>Inspeção do trabalho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Law Enforcement</source>
      <translation>Forças da ordem</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Legal</source>
      <translation>Jurídica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Legal Service</source>
      <translation>Serviço jurídico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal aid</source>
      <translation>Apoio jurídico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal assistance</source>
      <translation>Assistência jurídica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal guardian</source>
      <translation>Tutor legal</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal matters</source>
      <translation>Questões jurídicas</translation>
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
      <translation>Meios de subsistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Local Government Organisation</source>
      <translation>Administração local</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lost contact</source>
      <translation>Contacto perdido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Low</source>
      <translation>Baixo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Lower Secondary Education</source>
      <translation>Ensino secundário inferior</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Malagasy</source>
      <translation>Malgaxe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Male</source>
      <translation>Homem</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Manufacturing</source>
      <translation>Indústrias transformadoras</translation>
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
      <translation>Mestrado ou nível equivalente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medical care</source>
      <translation>Cuidados médicos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medical check-up</source>
      <translation>Exame médico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medium</source>
      <translation>Médio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Mental health</source>
      <translation>Saúde mental</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Migrated again</source>
      <translation>Voltou a migrar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Migration</source>
      <translation>Migração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Migration or Change of Location</source>
      <translation>Migração ou mudança de local</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Mining and quarrying</source>
      <translation>Indústrias extrativas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Missed</source>
      <translation>Falhada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Monitoring</source>
      <translation>Acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Monitoring visits done</source>
      <translation>Visitas de acompanhamento realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Moroccan dirham</source>
      <translation>Dirham marroquino</translation>
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
      <translation>Bilhete de identidade nacional</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Neglect</source>
      <translation>Negligência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nepalese rupee</source>
      <translation>Rupia nepalesa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nepali</source>
      <translation>Nepalês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Non-Conforming</source>
      <translation>Não conforme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Non-police governmental organization</source>
      <translation>Organismo governamental não policial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Not Specified/Unknown</source>
      <translation>Não especificado/Desconhecido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Not a victim of trafficking</source>
      <translation>Não é vítima de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not achieved</source>
      <translation>Não alcançado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not eligible</source>
      <translation>Não elegível</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not stated</source>
      <translation>Não indicado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not the same person</source>
      <translation>Não é a mesma pessoa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>OFII</source>
      <translation>OFII</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Open</source>
      <translation>Em aberto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Organ removal</source>
      <translation>Remoção de órgãos</translation>
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
      <translation>Outro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Other service activities</source>
      <translation>Outras atividades de serviços</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ouguiya</source>
      <translation>Ouguiya</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pakistani rupee</source>
      <translation>Rupia paquistanesa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Parent with parental authority</source>
      <translation>Progenitor com responsabilidades parentais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Partly achieved</source>
      <translation>Parcialmente alcançado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Partly delivered</source>
      <translation>Parcialmente realizada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pashto</source>
      <translation>Pastó</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Passport</source>
      <translation>Passaporte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pending</source>
      <translation>Pendente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persian</source>
      <translation>Persa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons assessed</source>
      <translation>Pessoas avaliadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons assisted to return</source>
      <translation>Pessoas apoiadas no regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons reached at 12 months</source>
      <translation>Pessoas contactadas aos 12 meses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons who received arrival assistance</source>
      <translation>Pessoas que receberam assistência à chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Philippine peso</source>
      <translation>Peso filipino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Physical abuse</source>
      <translation>Violência física</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Physical health</source>
      <translation>Saúde física</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Physical threats</source>
      <translation>Ameaças físicas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Planned</source>
      <translation>Prevista</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Plans agreed within a month of arrival</source>
      <translation>Planos acordados no mês seguinte à chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Police</source>
      <translation>Polícia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Pornography</source>
      <translation>Pornografia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Portuguese</source>
      <translation>Português</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Possible victim of trafficking</source>
      <translation>Presumível vítima de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Possibly the same person</source>
      <translation>Possivelmente a mesma pessoa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Post-secondary Non-tertiary Education</source>
      <translation>Ensino pós-secundário não superior</translation>
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
      <translation>Ensino primário</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Private Sexual Services</source>
      <translation>Serviços sexuais privados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Professional, scientific and technical activities</source>
      <translation>Atividades profissionais, científicas e técnicas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Professionals trained</source>
      <translation>Profissionais formados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Proposed</source>
      <translation>Proposta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Prostitution</source>
      <translation>Prostituição</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Protection concern</source>
      <translation>Preocupação de proteção</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Psychoactive substance</source>
      <translation>Substâncias psicoativas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Psychological abuse</source>
      <translation>Violência psicológica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Psychosocial</source>
      <translation>Psicossocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Psychosocial support</source>
      <translation>Apoio psicossocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Public administration and defence; compulsory social security</source>
      <translation>Administração pública e defesa; segurança social obrigatória</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Punjabi</source>
      <translation>Panjabi</translation>
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
      <translation>Quíchua</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Real</source>
      <translation>Real brasileiro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Real estate activities</source>
      <translation>Atividades imobiliárias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Received Individual</source>
      <translation>Pessoa acolhida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Receiving assistance</source>
      <translation>Receber assistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Recruiter Or Intermediary</source>
      <translation>Recrutador ou intermediário</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Recruitment</source>
      <translation>Recrutamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Referred to another organisation</source>
      <translation>Encaminhado para outra organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Refused</source>
      <translation>Rejeitada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Registered Partnership</source>
      <translation>União registada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration</source>
      <translation>Reintegração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration completed</source>
      <translation>Reintegração concluída</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration measures delivered</source>
      <translation>Medidas de reintegração realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Relative caring for the child</source>
      <translation>Familiar que cuida da criança</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Remote Interactive Services</source>
      <translation>Serviços sexuais interativos à distância</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Resettlement in a third country</source>
      <translation>Reinstalação num país terceiro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Residence permit</source>
      <translation>Autorização de residência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Restricts financial access</source>
      <translation>Restringe o acesso ao dinheiro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Restricts medical care</source>
      <translation>Restringe o acesso a cuidados médicos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return approved</source>
      <translation>Regresso aprovado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return being considered</source>
      <translation>Regresso em consideração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return not recommended</source>
      <translation>Regresso não recomendado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return recommended</source>
      <translation>Regresso recomendado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return to alternative care</source>
      <translation>Regresso para cuidados alternativos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return to the family</source>
      <translation>Regresso para a família</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reunify with support</source>
      <translation>Reunificação com apoio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reunify with the family</source>
      <translation>Reunificação com a família</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Rights-based Training</source>
      <translation>Formação baseada em direitos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Risk of re-trafficking</source>
      <translation>Risco de voltar a ser vítima de trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Romanian</source>
      <translation>Romeno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Romanian leu</source>
      <translation>Leu romeno</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Russian</source>
      <translation>Russo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Safety and protection</source>
      <translation>Segurança e proteção</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>School or College</source>
      <translation>Escola ou estabelecimento de ensino superior</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Secondary transport</source>
      <translation>Transporte secundário</translation>
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
      <translation>Criança separada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Servitude</source>
      <translation>Servidão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual Exploitation Rehabilitation</source>
      <translation>Reabilitação após exploração sexual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual abuse</source>
      <translation>Violência sexual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual exploitation</source>
      <translation>Exploração sexual</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sharing data with a named partner</source>
      <translation>Partilha de dados com um parceiro designado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Shelter</source>
      <translation>Abrigo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Short-cycle Tertiary Education</source>
      <translation>Ensino superior de ciclo curto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Single</source>
      <translation>Solteiro(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sinhala</source>
      <translation>Cingalês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Smuggler</source>
      <translation>Passador</translation>
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
      <translation>Apoio social</translation>
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
      <translation>Pessoa vendida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Somali</source>
      <translation>Somali</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Spanish</source>
      <translation>Espanhol</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sri Lanka rupee</source>
      <translation>Rupia do Sri Lanka</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Stigma in the community</source>
      <translation>Estigmatização na comunidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Surrogacy</source>
      <translation>Gestação de substituição</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Swahili</source>
      <translation>Suaíli</translation>
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
      <translation>Retém os rendimentos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tamil</source>
      <translation>Tâmil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Telegram</source>
      <translation>Telegram</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Temporary housing</source>
      <translation>Alojamento temporário</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Thai</source>
      <translation>Tailandês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The guardian</source>
      <translation>O tutor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The person</source>
      <translation>A pessoa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The same person</source>
      <translation>A mesma pessoa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Threatens children/family</source>
      <translation>Ameaça os filhos ou a família</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Threats of law enforcement</source>
      <translation>Ameaças de denúncia às autoridades</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through a newspaper advert</source>
      <translation>Através de um anúncio na imprensa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through a television advert</source>
      <translation>Através de um anúncio na televisão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through an online advertisement</source>
      <translation>Através de um anúncio em linha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through family or family events</source>
      <translation>Através da família ou de eventos familiares</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through friends or social events</source>
      <translation>Através de amigos ou de eventos sociais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through online social networks</source>
      <translation>Através das redes sociais em linha</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tigrinya</source>
      <translation>Tigrínia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>TikTok</source>
      <translation>TikTok</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Trainings held</source>
      <translation>Formações realizadas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Transfer of the case between IOM offices</source>
      <translation>Transferência do caso entre escritórios da OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transferred Individual</source>
      <translation>Pessoa transferida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transgender Feminine</source>
      <translation>Transgénero feminino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transgender Masculine</source>
      <translation>Transgénero masculino</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transit</source>
      <translation>Trânsito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Transit assistance</source>
      <translation>Assistência em trânsito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transportation and storage</source>
      <translation>Transportes e armazenagem</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transporter</source>
      <translation>Transportador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Travel document (laissez-passer)</source>
      <translation>Documento de viagem (laissez-passer)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Travelling Partner</source>
      <translation>Companheiro(a) de viagem</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tunisian dinar</source>
      <translation>Dinar tunisino</translation>
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
      <translation>Dólar dos Estados Unidos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ugandan shilling</source>
      <translation>Xelim ugandês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ukrainian</source>
      <translation>Ucraniano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Unaccompanied child</source>
      <translation>Criança não acompanhada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Unaquainted</source>
      <translation>Desconhecido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Upper Secondary Education</source>
      <translation>Ensino secundário superior</translation>
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
      <translation>Violência ou maus-tratos em casa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Vocational training</source>
      <translation>Formação profissional</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Water supply; sewerage, waste management and remediation</source>
      <translation>Abastecimento de água; saneamento, gestão de resíduos e despoluição</translation>
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
      <translation>Comércio por grosso e a retalho; reparação de veículos automóveis e motociclos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Widowed</source>
      <translation>Viúvo(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Withdrew from the programme</source>
      <translation>Desistiu do programa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Withholds documents</source>
      <translation>Retém os documentos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Withholds necessities</source>
      <translation>Priva do necessário</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Wolof</source>
      <translation>Uolofe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Work environment</source>
      <translation>Ambiente de trabalho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Yoruba</source>
      <translation>Iorubá</translation>
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
      <translation>receber assistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>sharing data with this partner</source>
      <translation>partilhar dados com este parceiro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>transfer to the office of return</source>
      <translation>a transferência para o escritório do país de regresso</translation>
    </message>
  </context>
  <context>
    <name>entry</name>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by `care attach`</source>
      <translation>através de `care attach`</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by `care case advance`</source>
      <translation>através de `care case advance`</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by duplicate detection</source>
      <translation>através da deteção de duplicados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>from the arrival date</source>
      <translation>a partir da data de chegada</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>A bundle is larger than the relay accepts. Take it on a USB stick instead: care sync --folder PATH.</source>
      <translation>Um pacote é maior do que o retransmissor aceita. Leve-o antes numa pen USB: care sync --folder CAMINHO.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>A case cannot move from {current} to {target}. Cases move one step at a time, can be closed at any step, and a closed case can be reopened.</source>
      <translation>Um caso não pode passar de «{current}» para «{target}». Os casos avançam uma etapa de cada vez, podem ser encerrados em qualquer etapa, e um caso encerrado pode ser reaberto.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>A database already exists at {path}. It has not been touched. To start again, move it away yourself first, or choose another place.</source>
      <translation>Já existe uma base de dados em {path}. Não foi alterada. Para recomeçar, mova-a primeiro você mesmo, ou escolha outro local.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>A field device can only pin the office (a coordinator's card), and the office enrols field devices. This card is of a {role} device.</source>
      <translation>Um dispositivo de terreno só pode fixar o escritório (o cartão de um(a) coordenador(a)), e é o escritório que regista os dispositivos de terreno. Este cartão é de um dispositivo {role}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>A mailbox on the relay is full. Bundles wait in the outbox; tell the office so that the recipient syncs.</source>
      <translation>Uma caixa de correio do retransmissor está cheia. Os pacotes aguardam na caixa de saída; avise o escritório para que o destinatário sincronize.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A measure that is {current} cannot become {target}.</source>
      <translation>Uma medida no estado «{current}» não pode passar a «{target}».</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A reintegration measure can only be approved once the reintegration plan is agreed with the person. Agree the plan first.</source>
      <translation>Uma medida de reintegração só pode ser aprovada depois de o plano de reintegração ser acordado com a pessoa. Acorde primeiro o plano.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>Another sync of this database is running (in the application or another window). Wait until it has finished, then try again.</source>
      <translation>Está em curso outra sincronização desta base de dados (na aplicação ou noutra janela). Aguarde que termine e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>Case {case} has no planned monitoring visit, so there is no visit form to print. Check its arrival date, or print its case sheet instead.</source>
      <translation>O caso {case} não tem nenhuma visita de acompanhamento prevista, pelo que não há nenhum formulário de visita para imprimir. Verifique a data de chegada, ou imprima antes a ficha do caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>Case {case} has no planned visit {slot}. Its planned visits: {slots}.</source>
      <translation>O caso {case} não tem prevista a visita {slot}. As suas visitas previstas: {slots}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Choose the reason for closing the case.</source>
      <translation>Escolha o motivo do encerramento do caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Erasing a case cannot be undone. Run the command again with --confirm CASE_CODE.</source>
      <translation>Apagar um caso não pode ser anulado. Execute novamente o comando com --confirm CASE_CODE.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>Give both --tls-cert and --tls-key: the certificate and its private key.</source>
      <translation>Indique tanto --tls-cert como --tls-key: o certificado e a respetiva chave privada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>No case {reference} on this device. Check the case code (such as NGA-7KQ3-MZ2P).</source>
      <translation>Não há nenhum caso {reference} neste dispositivo. Verifique o código do caso (por exemplo NGA-7KQ3-MZ2P).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>No enrolled device {device}. See `care devices list`.</source>
      <translation>Não há nenhum dispositivo registado {device}. Ver `care devices list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No new passphrase was given. Set CARE_NEW_PASSPHRASE or run the command in a terminal to be asked for it twice.</source>
      <translation>Não foi indicada nenhuma frase-passe nova. Defina CARE_NEW_PASSPHRASE ou execute o comando num terminal para que lhe seja pedida duas vezes.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>No participant of this session is marked as having attended, so there is no certificate to print. Record the attendance first.</source>
      <translation>Nenhum participante desta sessão está marcado como presente, pelo que não há nenhum certificado para imprimir. Registe primeiro as presenças.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No passphrase was given. Set CARE_PASSPHRASE or run the command in a terminal to be asked for it.</source>
      <translation>Não foi indicada nenhuma frase-passe. Defina CARE_PASSPHRASE ou execute o comando num terminal para que lhe seja pedida.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>No record of the kind “{record}” has the id {record_id} on this device. Check the id.</source>
      <translation>Nenhum registo do tipo «{record}» tem o id {record_id} neste dispositivo. Verifique o id.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>No relay address is set. Give one with --relay URL (or in Settings), or use a folder with --folder PATH.</source>
      <translation>Não está definido nenhum endereço de retransmissor. Indique um com --relay URL (ou nas Definições), ou use uma pasta com --folder CAMINHO.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No system keyring is available on this computer. Unlock with your passphrase; everything else works as usual.</source>
      <translation>Não há nenhum porta-chaves do sistema disponível neste computador. Desbloqueie com a sua frase-passe; tudo o resto funciona normalmente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>No training session has the id {session}. `care training` lists the sessions.</source>
      <translation>Nenhuma sessão de formação tem o id {session}. `care training` lista as sessões.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>No visit is due from {start} to {end}: there is nothing to print.</source>
      <translation>Nenhuma visita tem prazo entre {start} e {end}: não há nada para imprimir.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Not enrolled: the fingerprints were not confirmed. Compare them with the other side, then run again with --fingerprint or answer yes.</source>
      <translation>Não registado: as impressões digitais não foram confirmadas. Compare-as com a outra parte e execute novamente com --fingerprint ou responda sim.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>Only a closed case can be anonymised. Close it first.</source>
      <translation>Só um caso encerrado pode ser anonimizado. Encerre-o primeiro.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>Only a coordinator's device can {action}. Ask the office.</source>
      <translation>Só o dispositivo de um(a) coordenador(a) pode {action}. Contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>Only the office (a coordinator's device) can do this.</source>
      <translation>Só o escritório (o dispositivo de um(a) coordenador(a)) pode fazer isto.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Say why the case is reopened.</source>
      <translation>Indique porque é que o caso é reaberto.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>Several cases have the code {reference}; use the case id instead.</source>
      <translation>Vários casos têm o código {reference}; use antes o id do caso.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>Something went wrong. Please try again.</source>
      <translation>Algo correu mal. Tente novamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>The PDF could not be saved in {path} ({reason}). Choose another folder; nothing was written.</source>
      <translation>Não foi possível guardar o PDF em {path} ({reason}). Escolha outra pasta; nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The TLS certificate {cert} and key {key} cannot be used. Check that both files exist, are readable, are in PEM format and that the key belongs to the certificate.</source>
      <translation>Não é possível usar o certificado TLS {cert} e a chave {key}. Verifique se ambos os ficheiros existem, são legíveis, estão no formato PEM e se a chave corresponde ao certificado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>The answers must be a JSON object of indicator codes and answer codes.</source>
      <translation>As respostas têm de ser um objeto JSON de códigos de indicador e códigos de resposta.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>The bundle {path} was refused: {reason} Nothing was changed.</source>
      <translation>O pacote {path} foi recusado: {reason} Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>The case cannot move to {target} yet. Missing: {missing}</source>
      <translation>O caso ainda não pode passar a «{target}». Falta: {missing}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The check found problems (listed above: {count}). Keep the laptop as it is and contact the office before making changes.</source>
      <translation>A verificação encontrou problemas ({count}, listados acima). Deixe o portátil como está e contacte o escritório antes de fazer alterações.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>The copy could not be written to {path}. Check that the folder exists, that you may write there and that the disk is not full.</source>
      <translation>Não foi possível escrever a cópia em {path}. Verifique se a pasta existe, se pode escrever nela e se o disco não está cheio.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is in use by another CARE Desktop window or command. Close it and try again.</source>
      <translation>A base de dados está a ser usada por outra janela ou comando do CARE Desktop. Feche-o e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is locked. Unlock it with your passphrase to continue.</source>
      <translation>A base de dados está bloqueada. Desbloqueie-a com a sua frase-passe para continuar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} is damaged or has been tampered with: its encrypted pages do not check out. Do not use it; restore your last backup and contact the office.</source>
      <translation>A base de dados {path} está danificada ou foi adulterada: as suas páginas cifradas não passam na verificação. Não a utilize; reponha a sua última cópia de segurança e contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} was written by a newer version of CARE Desktop. Install the latest version to open it; nothing has been changed.</source>
      <translation>A base de dados {path} foi escrita por uma versão mais recente do CARE Desktop. Instale a versão mais recente para a abrir; nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The disk is full. Free some space and try again; nothing has been saved.</source>
      <translation>O disco está cheio. Liberte espaço e tente novamente; nada foi guardado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>The file was not imported: {count} problems, listed above with their row or record. Correct them and import the whole file again; nothing was changed.</source>
      <translation>O ficheiro não foi importado: {count} problemas, listados acima com a respetiva linha ou registo. Corrija-os e importe novamente o ficheiro inteiro; nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>The fingerprint does not match: {actual} here, {expected} given. Do not enrol this device; check with the other side by phone or in person.</source>
      <translation>A impressão digital não corresponde: {actual} aqui, {expected} indicada. Não registe este dispositivo; confirme com a outra parte por telefone ou pessoalmente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The folder {path} cannot be used for sync. Check that the stick or share is connected and writable.</source>
      <translation>A pasta {path} não pode ser usada para sincronizar. Verifique se a pen ou a partilha está ligada e permite escrita.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/print_service.py" />
      <source>The full case sheet (identity, trafficking details, budget) is printed at the office, on a coordinator's computer. Print the interview sheet here.</source>
      <translation>A ficha completa do caso (identidade, pormenores da trata, orçamento) é impressa no escritório, no computador de um(a) coordenador(a). Imprima aqui a ficha de entrevista.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} belongs to another database. Put this database's own key file next to it (the same name followed by .keys); nothing has been changed.</source>
      <translation>O ficheiro de chaves {path} pertence a outra base de dados. Coloque junto a ela o ficheiro de chaves próprio desta base de dados (o mesmo nome seguido de .keys); nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} is damaged and cannot be read. Restore it from your backup and contact the office.</source>
      <translation>O ficheiro de chaves {path} está danificado e não pode ser lido. Reponha-o a partir da sua cópia de segurança e contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} that belongs to this database is missing. Restore it from your backup; without it the database cannot be opened.</source>
      <translation>Falta o ficheiro de chaves {path} desta base de dados. Reponha-o a partir da sua cópia de segurança; sem ele, a base de dados não pode ser aberta.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The office has revoked this device, so the relay refuses it. Its bundles stay on this laptop; contact the office.</source>
      <translation>O escritório revogou este dispositivo, pelo que o retransmissor o recusa. Os seus pacotes ficam neste portátil; contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation>A frase-passe não está correta. Verifique a disposição do teclado e a tecla Caps Lock e tente novamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>The plan is {current}; it can only move to the next step ({expected}).</source>
      <translation>O plano está no estado «{current}»; só pode passar à etapa seguinte ({expected}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay answered in a way this version does not understand, or sent a damaged bundle. Nothing was lost; sync again later, and tell the office if it goes on.</source>
      <translation>O retransmissor respondeu de uma forma que esta versão não entende, ou enviou um pacote danificado. Nada se perdeu; sincronize mais tarde e avise o escritório se continuar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay cannot be reached. Nothing is lost: bundles wait in the outbox and leave at the next sync. Check the connection, or use a folder: care sync --folder PATH.</source>
      <translation>Não é possível contactar o retransmissor. Nada se perde: os pacotes aguardam na caixa de saída e saem na próxima sincronização. Verifique a ligação, ou use uma pasta: care sync --folder CAMINHO.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay cannot listen on {host} port {port}: the address is in use, unknown or not allowed. Choose another --host or --port, or stop the program that uses it.</source>
      <translation>O retransmissor não pode escutar em {host} porta {port}: o endereço está em uso, é desconhecido ou não é permitido. Escolha outro --host ou --port, ou pare o programa que o utiliza.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay cannot use the folder {path}. Check that it exists or can be created and that this account may write to it.</source>
      <translation>O retransmissor não pode usar a pasta {path}. Verifique se existe ou pode ser criada e se esta conta pode escrever nela.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay does not know this device yet: the office must sync once after enrolling it. Bundles wait in the outbox.</source>
      <translation>O retransmissor ainda não conhece este dispositivo: o escritório tem de sincronizar uma vez depois de o registar. Os pacotes aguardam na caixa de saída.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay refused a request ({code}). Bundles wait in the outbox; tell the office if it goes on.</source>
      <translation>O retransmissor recusou um pedido ({code}). Os pacotes aguardam na caixa de saída; avise o escritório se continuar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay refused this device's signature. Check the relay address and this computer's date and time; if it goes on, contact the office.</source>
      <translation>O retransmissor recusou a assinatura deste dispositivo. Verifique o endereço do retransmissor e a data e hora deste computador; se continuar, contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay's certificate is not trusted, so nothing was sent. Ask IT for the relay's certificate authority file and give it with --ca-cert.</source>
      <translation>O certificado do retransmissor não é de confiança, por isso nada foi enviado. Peça à informática o ficheiro da autoridade de certificação do retransmissor e indique-o com --ca-cert.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay's file {path} is damaged or does not match the office card. Move it away and start again; the office then uploads its roster again.</source>
      <translation>O ficheiro {path} do retransmissor está danificado ou não corresponde ao cartão do escritório. Mova-o para outro local e reinicie; o escritório volta então a enviar a sua lista de dispositivos.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/indicator_service.py" />
      <source>The report's period starts on {start}, after it ends ({end}; no later than today). Choose a start date on or before the end date.</source>
      <translation>O período do relatório começa a {start}, depois do seu fim ({end}; o mais tardar hoje). Escolha uma data de início igual ou anterior à data de fim.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The sync could not write next to the database (is the disk full?). Nothing was lost; free some space, then sync again.</source>
      <translation>A sincronização não conseguiu escrever junto à base de dados (o disco está cheio?). Nada se perdeu; liberte espaço e volte a sincronizar.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The sync was stopped. Nothing is lost: it goes on at the next sync.</source>
      <translation>A sincronização foi interrompida. Nada se perde: continua na próxima sincronização.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring holds no key for this database. Unlock with your passphrase, then turn on "Unlock with my login" again in Settings.</source>
      <translation>O porta-chaves do sistema não contém nenhuma chave para esta base de dados. Desbloqueie com a sua frase-passe e volte a ativar «Desbloquear com a minha sessão» nas Definições.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring is locked or did not answer. Unlock with your passphrase, or log in again to unlock the keyring.</source>
      <translation>O porta-chaves do sistema está bloqueado ou não respondeu. Desbloqueie com a sua frase-passe, ou volte a iniciar sessão para desbloquear o porta-chaves.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The two passphrases are not the same. Type the new passphrase twice.</source>
      <translation>As duas frases-passe não coincidem. Escreva duas vezes a nova frase-passe.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/conflict_service.py" />
      <source>The value must be JSON, for example "Benin City", 12 or null.</source>
      <translation>O valor tem de ser JSON, por exemplo "Benin City", 12 ou null.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight of {name} is negative. Weights must be 0 or more; ask the office for a corrected file.</source>
      <translation>A ponderação de {name} é negativa. As ponderações têm de ser 0 ou mais; peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table contains a number that is not finite (NaN or Infinity). Replace it with an ordinary number, or ask the office for a corrected file.</source>
      <translation>A tabela de ponderações contém um número que não é finito (NaN ou Infinity). Substitua-o por um número normal, ou peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives a weight for {code}, which is not a question of this survey. The table may be meant for another version of the survey; ask the office.</source>
      <translation>A tabela de ponderações dá uma ponderação para {code}, que não é uma pergunta deste inquérito. A tabela pode destinar-se a outra versão do inquérito; contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for survey question {code}. Every question needs a weight (0 to leave it out); ask the office for a complete table.</source>
      <translation>A tabela de ponderações não dá nenhuma ponderação para a pergunta {code} do inquérito. Cada pergunta precisa de uma ponderação (0 para a excluir); peça ao escritório uma tabela completa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for the {dimension} dimension. Ask the office for a complete table.</source>
      <translation>A tabela de ponderações não dá nenhuma ponderação para a dimensão {dimension}. Peça ao escritório uma tabela completa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has an entry {field} that CARE Desktop does not know. Remove it, or ask the office for a corrected file.</source>
      <translation>A tabela de ponderações tem uma entrada {field} que o CARE Desktop não conhece. Remova-a, ou peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has no {field} entry. Add it, or ask the office for a corrected file.</source>
      <translation>A tabela de ponderações não tem nenhuma entrada {field}. Adicione-a, ou peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table names {key} twice, so it is ambiguous. Keep one entry for {key} and load it again, or ask the office for a corrected file.</source>
      <translation>A tabela de ponderações indica {key} duas vezes, pelo que é ambígua. Mantenha uma só entrada para {key} e carregue-a novamente, ou peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table weighs a dimension {dimension}, but the survey only has the economic, social and psychosocial dimensions. Ask the office for a corrected file.</source>
      <translation>A tabela de ponderações pondera uma dimensão {dimension}, mas o inquérito só tem as dimensões económica, social e psicossocial. Peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the three dimensions add up to 0, so no overall score could be computed. At least one must be above 0; ask the office for a corrected file.</source>
      <translation>As ponderações das três dimensões somam 0, pelo que não foi possível calcular nenhuma pontuação global. Pelo menos uma tem de ser superior a 0; peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the {dimension} questions add up to 0, so that dimension could never be scored. At least one of them must be above 0; ask the office for a corrected file.</source>
      <translation>As ponderações das perguntas da dimensão {dimension} somam 0, pelo que essa dimensão nunca poderia ser pontuada. Pelo menos uma tem de ser superior a 0; peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The {field} entry of the weight table is empty or of the wrong kind. Correct it, or ask the office for a corrected file.</source>
      <translation>A entrada {field} da tabela de ponderações está vazia ou é de um tipo incorreto. Corrija-a, ou peça ao escritório um ficheiro corrigido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/conflict_service.py" />
      <source>There is no conflict {conflict} (any more). See `care conflicts list`.</source>
      <translation>Não há (ou já não há) nenhum conflito {conflict}. Ver `care conflicts list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>There is no database at {path}. Create one with the set-up wizard or `care init`, or restore your backup to that place.</source>
      <translation>Não há nenhuma base de dados em {path}. Crie uma com o assistente de configuração ou com `care init`, ou reponha a sua cópia de segurança nesse local.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>There is no enrolled device {device}. See `care devices list`.</source>
      <translation>Não há nenhum dispositivo registado {device}. Ver `care devices list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/indicator_service.py" />
      <source>There is no programme {programme}. Give a programme's name or id as it appears in the dashboard, or leave it out for every programme.</source>
      <translation>Não existe o programa {programme}. Indique o nome ou o id de um programa tal como aparece no painel, ou omita-o para todos os programas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>This case already has its “{record}”; change it instead of adding another.</source>
      <translation>Este caso já tem o seu «{record}»; altere-o em vez de adicionar outro.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>This case can be anonymised from {date} ({years} years after it was closed). Until then its data is kept; erase it only on the person's request.</source>
      <translation>Este caso poderá ser anonimizado a partir de {date} ({years} anos após o encerramento). Até lá os seus dados são conservados; apague-o apenas a pedido da pessoa.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>This case has no reintegration plan yet. Create it first.</source>
      <translation>Este caso ainda não tem um plano de reintegração. Crie-o primeiro.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>This case has no valid consent for {scope}. Record the person's (or guardian's) consent first; nothing was changed.</source>
      <translation>Este caso não tem um consentimento válido para {scope}. Registe primeiro o consentimento da pessoa (ou do seu tutor); nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This device already trusts another office ({fingerprint}). Set it up again to move it to a new office.</source>
      <translation>Este dispositivo já confia noutro escritório ({fingerprint}). Configure-o novamente para o transferir para um novo escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This device has not pinned its office yet. Run `care enroll` with the office's card.</source>
      <translation>Este dispositivo ainda não fixou o seu escritório. Execute `care enroll` com o cartão do escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is larger than {limit_kb} kB, far too large for an RSS weight table. Check that you chose the right file.</source>
      <translation>Este ficheiro é maior do que {limit_kb} kB, demasiado grande para uma tabela de ponderações RSS. Verifique se escolheu o ficheiro certo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a JSON document, so it cannot be an RSS weight table. Check that you chose the right file, or ask the office for a new copy.</source>
      <translation>Este ficheiro não é um documento JSON, pelo que não pode ser uma tabela de ponderações RSS. Verifique se escolheu o ficheiro certo, ou peça ao escritório uma nova cópia.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a valid RSS weight table. Ask the office for the file IOM provided.</source>
      <translation>Este ficheiro não é uma tabela de ponderações RSS válida. Peça ao escritório o ficheiro fornecido pela OIM.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This is not an age public key (it starts with age1). Check the escrow recipient.</source>
      <translation>Esta não é uma chave pública age (começa por age1). Verifique o destinatário de custódia.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This passphrase is too weak. Use at least {minimum} characters, for example four or five unrelated words, and nothing easy to guess such as a name or a repeated pattern.</source>
      <translation>Esta frase-passe é demasiado fraca. Use pelo menos {minimum} caracteres, por exemplo quatro ou cinco palavras sem relação entre si, e nada fácil de adivinhar como um nome ou um padrão repetido.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key does not belong to this database. Check that you have the sheet of this laptop.</source>
      <translation>Esta chave de recuperação não pertence a esta base de dados. Verifique se tem a folha deste portátil.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key is mistyped: it should be 14 groups of 4 letters and digits. Check it against the sheet you wrote it on.</source>
      <translation>Esta chave de recuperação está mal escrita: deve ter 14 grupos de 4 letras e algarismos. Compare-a com a folha onde a anotou.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>This relay has no office card yet. Start it once with --office-card FILE, the file that `care identity export` writes on the office computer.</source>
      <translation>Este retransmissor ainda não tem cartão do escritório. Inicie-o uma vez com --office-card FICHEIRO, o ficheiro que `care identity export` escreve no computador do escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This survey was recorded with version {version} of the Reintegration Sustainability Survey, which this copy of CARE Desktop does not know. Install the latest version.</source>
      <translation>Este inquérito foi registado com a versão {version} do Inquérito de Sustentabilidade da Reintegração (RSS), que esta cópia do CARE Desktop não conhece. Instale a versão mais recente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/monitoring_service.py" />
      <source>This visit has already been recorded (status: {status}); add a case note instead of recording it again.</source>
      <translation>Esta visita já foi registada (estado: {status}); adicione uma nota ao caso em vez de a registar novamente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>Without --tls-cert and --tls-key the relay listens only on this computer (127.0.0.1, ::1 or localhost), not on {host}: devices would talk to it unencrypted. Give a TLS certificate and its key, or listen on a loopback address behind a TLS proxy.</source>
      <translation>Sem --tls-cert e --tls-key, o retransmissor só escuta neste computador (127.0.0.1, ::1 ou localhost), não em {host}: os dispositivos comunicariam com ele sem cifragem. Indique um certificado TLS e a respetiva chave, ou escute num endereço local atrás de um proxy TLS.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{answer} is not a possible answer to survey question {indicator}. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation>{answer} não é uma resposta possível à pergunta {indicator} do inquérito. O inquérito pode vir de outra versão do CARE Desktop; instale a versão mais recente ou contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{code} is not a country code we know. Use ISO 3166 alpha-3 codes such as NGA or FRA.</source>
      <translation>{code} não é um código de país conhecido. Use códigos ISO 3166 alfa-3, como NGA ou FRA.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{code} is not a question of the Reintegration Sustainability Survey. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation>{code} não é uma pergunta do Inquérito de Sustentabilidade da Reintegração (RSS). O inquérito pode vir de outra versão do CARE Desktop; instale a versão mais recente ou contacte o escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{feature} is not available in this version of CARE Desktop yet; nothing was changed.</source>
      <translation>{feature} ainda não está disponível nesta versão do CARE Desktop; nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field} is calculated by CARE Desktop and cannot be set by hand.</source>
      <translation>{field}: este campo é calculado pelo CARE Desktop e não pode ser introduzido manualmente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{field} is required.</source>
      <translation>{field} é obrigatório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a date is expected as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation>{field}: é esperada uma data no formato AAAA-MM-DD, por exemplo 2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a record id (UUID) is expected.</source>
      <translation>{field}: é esperado um id de registo (UUID).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a value is required.</source>
      <translation>{field}: é obrigatório um valor.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a whole number is expected.</source>
      <translation>{field}: é esperado um número inteiro.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: an amount such as 1250 or 1250.50 is expected, not negative.</source>
      <translation>{field}: é esperado um montante não negativo, como 1250 ou 1250.50.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: at most {maximum} characters.</source>
      <translation>{field}: no máximo {maximum} caracteres.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the date cannot be in the future.</source>
      <translation>{field}: a data não pode ser no futuro.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the value must be between {minimum} and {maximum}.</source>
      <translation>{field}: o valor tem de estar entre {minimum} e {maximum}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: yes or no is expected (true/false, yes/no, oui/non, 1/0).</source>
      <translation>{field}: é esperado sim ou não (true/false, sim/não, yes/no, 1/0).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not an ISO 3166 alpha-3 country code (such as NGA or FRA).</source>
      <translation>{field}: {value} não é um código de país ISO 3166 alfa-3 (como NGA ou FRA).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not one of the allowed values ({allowed}).</source>
      <translation>{field}: {value} não é um dos valores permitidos ({allowed}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/attachment_service.py" />
      <source>{name} cannot be read; check that the file exists and that you may open it.</source>
      <translation>{name} não pode ser lido; verifique se o ficheiro existe e se o pode abrir.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/attachment_service.py" />
      <source>{name} is larger than {limit} MB. Scan it at a lower resolution or split it.</source>
      <translation>{name} é maior do que {limit} MB. Digitalize-o com uma resolução mais baixa ou divida-o.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>{name} is not a record type. See docs/data-model.md for the list.</source>
      <translation>{name} não é um tipo de registo. Consulte a lista em docs/data-model.md.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>{path} cannot be read; check the file name and that the stick is plugged in.</source>
      <translation>{path} não pode ser lido; verifique o nome do ficheiro e se a pen USB está ligada.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{path} is neither a CARE Desktop JSON export nor a CSV table of cases, or it is damaged. Nothing was changed.</source>
      <translation>{path} não é uma exportação JSON do CARE Desktop nem uma tabela CSV de casos, ou está danificado. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>{path} is not a CARE Desktop identity card. Ask for the file that `care identity export` writes.</source>
      <translation>{path} não é um cartão de identidade do CARE Desktop. Peça o ficheiro que `care identity export` escreve.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/settings_service.py" />
      <source>{path} is not a certificate authority file. Choose the .pem file given by the office, or leave the field empty.</source>
      <translation>{path} não é um ficheiro de autoridade de certificação. Escolha o ficheiro .pem fornecido pelo escritório, ou deixe o campo vazio.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>{path} is not the office card this relay was set up with (kept in {stored}). A relay serves one office: start it without --office-card to keep its office, or give another --data folder for a new relay. Nothing was changed.</source>
      <translation>{path} não é o cartão do escritório com que este retransmissor foi configurado (guardado em {stored}). Um retransmissor serve um só escritório: inicie-o sem --office-card para manter o seu escritório, ou indique outra pasta --data para um novo retransmissor. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>{path} is the identity card of a field device. The relay needs the office's card: the file that `care identity export` writes on the office computer.</source>
      <translation>{path} é o cartão de identidade de um dispositivo de terreno. O retransmissor precisa do cartão do escritório: o ficheiro que `care identity export` escreve no computador do escritório.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{path} is too large to import (more than {limit} MB or {rows} rows).</source>
      <translation>{path} é demasiado grande para ser importado (mais de {limit} MB ou {rows} linhas).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/print_service.py" />
      <source>{profile} is not a print profile. Choose interview or full.</source>
      <translation>{profile} não é um perfil de impressão. Escolha interview ou full.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{record} has no field {field}. Check the name against docs/data-model.md.</source>
      <translation>{record} não tem nenhum campo {field}. Verifique o nome em docs/data-model.md.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>{record} records are made by CARE Desktop itself ({how}); they cannot be added by hand.</source>
      <translation>Os registos «{record}» são criados pelo próprio CARE Desktop ({how}); não podem ser adicionados manualmente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{role} is not a role. Choose field (a field officer) or coordinator (the office).</source>
      <translation>{role} não é uma função. Escolha field (técnico de terreno) ou coordinator (o escritório).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/risk.py" />
      <source>{scale} must be a whole number from 1 to 5, not {value}.</source>
      <translation>{scale} tem de ser um número inteiro de 1 a 5, não {value}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} cannot be “{value}”. Choose one of: {choices}.</source>
      <translation>{setting} não pode ser «{value}». Escolha um de: {choices}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} cannot take that value.</source>
      <translation>{setting} não pode ter esse valor.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} must be a whole number from {minimum} to {maximum}.</source>
      <translation>{setting} tem de ser um número inteiro de {minimum} a {maximum}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>{text} is not FIELD=VALUE. Write for example gender=Feminine or arrival_date=2026-03-31.</source>
      <translation>{text} não tem a forma FIELD=VALUE. Escreva por exemplo gender=Feminine ou arrival_date=2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>{url} is not a relay address. Use https://HOST or https://HOST:PORT (http:// only for a relay on this computer).</source>
      <translation>{url} não é um endereço de retransmissor. Use https://ANFITRIÃO ou https://ANFITRIÃO:PORTA (http:// apenas para um retransmissor neste computador).</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Active</source>
      <translation>Ativo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Address</source>
      <translation>Morada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Age when trafficked</source>
      <translation>Idade no momento da trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Agreed on</source>
      <translation>Acordado em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Amount spent</source>
      <translation>Montante gasto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Anonymised on</source>
      <translation>Anonimizado em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Answers</source>
      <translation>Respostas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Approved by</source>
      <translation>Aprovado por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Approved on</source>
      <translation>Aprovado em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Arrival date</source>
      <translation>Data de chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessment</source>
      <translation>Avaliação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessor</source>
      <translation>Avaliador(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Attended</source>
      <translation>Presente</translation>
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
      <translation>Autoridade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Budget</source>
      <translation>Orçamento</translation>
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
      <translation>Capacidade de cuidado</translation>
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
      <translation>Código do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Certificate issued</source>
      <translation>Certificado emitido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>City</source>
      <translation>Cidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Closed on</source>
      <translation>Encerrado em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Closure reason</source>
      <translation>Motivo do encerramento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Content</source>
      <translation>Conteúdo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Countries of exploitation</source>
      <translation>Países de exploração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Countries of return</source>
      <translation>Países de regresso</translation>
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
      <translation>País de regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Country of the mission</source>
      <translation>O país da missão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Currency</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of birth</source>
      <translation>Data de nascimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of birth estimated</source>
      <translation>Data de nascimento estimada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Delivered on</source>
      <translation>Realizada em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Departure</source>
      <translation>Partida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Departure date</source>
      <translation>Data de partida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Details</source>
      <translation>Detalhes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Dimension</source>
      <translation>Dimensão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document issued by</source>
      <translation>Documento emitido por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document number</source>
      <translation>Número do documento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document type</source>
      <translation>Tipo de documento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Donor</source>
      <translation>Doador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Due</source>
      <translation>Prazo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>E-mail</source>
      <translation>Correio eletrónico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Economic findings</source>
      <translation>Constatações económicas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Education</source>
      <translation>Nível de escolaridade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>End</source>
      <translation>Fim</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort</source>
      <translation>Acompanhante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort's organisation</source>
      <translation>Organização do acompanhante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Estimated age</source>
      <translation>Idade estimada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Exploitation began</source>
      <translation>Início da exploração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Exploitation ended</source>
      <translation>Fim da exploração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Family name</source>
      <translation>Apelido</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Found it useful</source>
      <translation>Achou útil</translation>
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
      <translation>Função</translation>
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
      <translation>Dado por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Given name</source>
      <translation>Nome próprio</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Given on</source>
      <translation>Dado em</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Hand-over</source>
      <translation>Entrega</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Home visit</source>
      <translation>Visita domiciliária</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Host countries</source>
      <translation>Países de acolhimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Host country</source>
      <translation>País de acolhimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>How</source>
      <translation>Modalidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Identified on</source>
      <translation>Data de identificação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Industry of forced labour</source>
      <translation>Setor do trabalho forçado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Instrument version</source>
      <translation>Versão do questionário</translation>
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
      <translation>Línguas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Left the programme early</source>
      <translation>Deixou o programa antes do fim</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Level</source>
      <translation>Nível</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Likelihood</source>
      <translation>Probabilidade</translation>
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
      <translation>Métodos de controlo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Methods of recruitment</source>
      <translation>Métodos de recrutamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Minor</source>
      <translation>Menor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Mitigation</source>
      <translation>Medidas de mitigação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Modules</source>
      <translation>Módulos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Motivation</source>
      <translation>Motivação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Nationality</source>
      <translation>Nacionalidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Needs</source>
      <translation>Necessidades</translation>
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
      <translation>Escritório</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Office or mission</source>
      <translation>O escritório ou missão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Officer</source>
      <translation>Técnico(a) responsável pelo caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Options considered</source>
      <translation>Opções consideradas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Organisation type</source>
      <translation>Tipo de organização</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Other case</source>
      <translation>Outro caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Other names and aliases</source>
      <translation>Outros nomes e alcunhas</translation>
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
      <translation>Parceiro</translation>
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
      <translation>Telefone</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Place of return</source>
      <translation>Local de regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Places of recruitment and exploitation</source>
      <translation>Locais de recrutamento e exploração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Plan</source>
      <translation>Plano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Planned amount</source>
      <translation>Montante previsto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Planned for</source>
      <translation>Data prevista</translation>
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
      <translation>Riscos de proteção</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Provider</source>
      <translation>Prestador</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Psychosocial findings</source>
      <translation>Constatações psicossociais</translation>
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
      <translation>Recebido(a) por</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Receiving authority</source>
      <translation>Autoridade de acolhimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Recommendation</source>
      <translation>Recomendação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Referred on</source>
      <translation>Data de encaminhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Relationship to the child</source>
      <translation>Relação com a criança</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Relationship to the trafficker</source>
      <translation>Relação com o traficante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Remarks</source>
      <translation>Observações</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Risk</source>
      <translation>Risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Risk level</source>
      <translation>Nível de risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Role</source>
      <translation>Função</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Scope</source>
      <translation>Âmbito</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Score after</source>
      <translation>Pontuação depois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Score before</source>
      <translation>Pontuação antes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Service</source>
      <translation>Serviço</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Services</source>
      <translation>Serviços</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Session</source>
      <translation>Sessão</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Similarity</source>
      <translation>Semelhança</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Size</source>
      <translation>Tamanho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Skills</source>
      <translation>Competências</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Social findings</source>
      <translation>Constatações sociais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Start</source>
      <translation>Início</translation>
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
      <translation>Inquérito de sustentabilidade a fazer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>The child's views</source>
      <translation>Opinião da criança</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>To</source>
      <translation>Para</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trafficking status</source>
      <translation>Situação relativa à trata</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trainers</source>
      <translation>Formadores(as)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trigger</source>
      <translation>Motivo de ativação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Types of exploitation</source>
      <translation>Tipos de exploração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Types of sexual exploitation</source>
      <translation>Tipos de exploração sexual</translation>
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
      <translation>Data da visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerabilities</source>
      <translation>Vulnerabilidades</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerability</source>
      <translation>Nível de vulnerabilidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerability details</source>
      <translation>Pormenores das vulnerabilidades</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Websites and apps used to recruit</source>
      <translation>Sítios web e aplicações usados para o recrutamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Window closes</source>
      <translation>Fim do período de visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Window opens</source>
      <translation>Início do período de visita</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Withdrawn on</source>
      <translation>Retirado em</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>column “{column}” is not a field of a case or of its identity</source>
      <translation>a coluna «{column}» não é um campo de um caso nem da sua identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>content does not match its digest</source>
      <translation>o conteúdo não corresponde ao seu resumo criptográfico</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>header</source>
      <translation>cabeçalho</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>row {number}</source>
      <translation>linha {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{field}: refers to a record that is neither in the file nor on this device.</source>
      <translation>{field}: refere-se a um registo que não está no ficheiro nem neste dispositivo.</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessment</source>
      <translation>Avaliação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assistance measure</source>
      <translation>Medida de assistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Attachment</source>
      <translation>Anexo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Best-interests procedure</source>
      <translation>Procedimento de superior interesse (ASI/DSI)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case note</source>
      <translation>Nota do caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Consent</source>
      <translation>Consentimento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort and hand-over</source>
      <translation>Acompanhamento e entrega</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Family assessment</source>
      <translation>Avaliação familiar</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Guardian</source>
      <translation>Tutor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Identity</source>
      <translation>Identidade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Monitoring visit</source>
      <translation>Visita de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Office</source>
      <translation>Escritório</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Participant</source>
      <translation>Participante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Partner organisation</source>
      <translation>Organização parceira</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Possible duplicate</source>
      <translation>Possível duplicado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Referral</source>
      <translation>Encaminhamento</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Reintegration plan</source>
      <translation>Plano de reintegração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Risk</source>
      <translation>Risco</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sustainability survey</source>
      <translation>Inquérito de sustentabilidade</translation>
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
      <translation>Sessão de formação</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>User</source>
      <translation>Utilizador(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Workflow step</source>
      <translation>Etapa do caso</translation>
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>anonymise a case</source>
      <translation>anonimizar um caso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>erase a case</source>
      <translation>apagar um caso</translation>
    </message>
  </context>
  <context>
    <name>rss</name>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Adequate, but with serious problems</source>
      <translation>Adequado, mas com problemas graves</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Agree</source>
      <translation>Concordo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Always or almost always</source>
      <translation>Sempre ou quase sempre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Can you, or the children of school age in your household, attend school or training?</source>
      <translation>O(A) senhor(a), ou as crianças em idade escolar do seu agregado familiar, podem frequentar a escola ou uma formação?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Disagree</source>
      <translation>Discordo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Dissatisfied</source>
      <translation>Insatisfeito(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Do you currently have work or another regular source of income?</source>
      <translation>Tem atualmente trabalho ou outra fonte regular de rendimento?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Do you have the identity and civil documents you need (identity card, birth certificate and the like)?</source>
      <translation>Tem os documentos de identificação e de registo civil de que precisa (bilhete de identidade, certidão de nascimento e semelhantes)?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How much do you owe, compared with what your household spends in a month?</source>
      <translation>Quanto deve, em comparação com o que o seu agregado familiar gasta num mês?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How often do you feel physically safe where you live and in your daily activities?</source>
      <translation>Com que frequência se sente fisicamente seguro(a) onde vive e nas suas atividades diárias?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How often do you take part in community life (celebrations, groups, religious or sports activities)?</source>
      <translation>Com que frequência participa na vida da comunidade (celebrações, grupos, atividades religiosas ou desportivas)?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How satisfied are you with your economic situation today?</source>
      <translation>Até que ponto está hoje satisfeito(a) com a sua situação económica?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How would you describe the place where you live?</source>
      <translation>Como descreveria o local onde vive?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>I feel accepted, and treated fairly, by the community where I live.</source>
      <translation>Sinto-me aceite, e tratado(a) com justiça, pela comunidade onde vivo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>If you needed money for an emergency, could you borrow it?</source>
      <translation>Se precisasse de dinheiro para uma emergência, conseguiria pedi-lo emprestado?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>If your rights were violated, could you turn to the police, a court or legal aid?</source>
      <translation>Se os seus direitos fossem violados, poderia recorrer à polícia, a um tribunal ou ao apoio jurídico?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>In the past month, how often did your household eat less, or cheaper food, because food cost too much?</source>
      <translation>No último mês, com que frequência o seu agregado familiar comeu menos, ou alimentos mais baratos, porque a comida era demasiado cara?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>In the past two weeks, how often did you feel very sad, afraid or angry, or could not sleep or concentrate?</source>
      <translation>Nas últimas duas semanas, com que frequência se sentiu muito triste, com medo ou com raiva, ou não conseguiu dormir ou concentrar-se?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Is there someone you can count on for help or advice when you need it?</source>
      <translation>Há alguém com quem possa contar para ajuda ou conselho quando precisa?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Less than a month's spending</source>
      <translation>Menos do que a despesa de um mês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>More than a month's spending</source>
      <translation>Mais do que a despesa de um mês</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Neither agree nor disagree</source>
      <translation>Não concordo nem discordo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Neither satisfied nor dissatisfied</source>
      <translation>Nem satisfeito(a) nem insatisfeito(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Never</source>
      <translation>Nunca</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No answer / does not apply</source>
      <translation>Sem resposta / não se aplica</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No debt</source>
      <translation>Sem dívidas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No one</source>
      <translation>Ninguém</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>None of them</source>
      <translation>Nenhum</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Often</source>
      <translation>Muitas vezes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Rarely</source>
      <translation>Raramente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Safe and adequate</source>
      <translation>Seguro e adequado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Satisfied</source>
      <translation>Satisfeito(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Some of them</source>
      <translation>Alguns</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Sometimes</source>
      <translation>Às vezes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Strongly agree</source>
      <translation>Concordo totalmente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Strongly disagree</source>
      <translation>Discordo totalmente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Unsafe, overcrowded or only temporary</source>
      <translation>Inseguro, sobrelotado ou apenas temporário</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Very dissatisfied</source>
      <translation>Muito insatisfeito(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Very satisfied</source>
      <translation>Muito satisfeito(a)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>When you need health care, can you get it?</source>
      <translation>Quando precisa de cuidados de saúde, consegue obtê-los?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, all of them</source>
      <translation>Sim, todos</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, but irregular or seasonal</source>
      <translation>Sim, mas irregular ou sazonal</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, but with difficulty</source>
      <translation>Sim, mas com dificuldade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, one person</source>
      <translation>Sim, uma pessoa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, regular work or income</source>
      <translation>Sim, trabalho ou rendimento regular</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, several people</source>
      <translation>Sim, várias pessoas</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, without difficulty</source>
      <translation>Sim, sem dificuldade</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Case sheet printed by default</source>
      <translation>Ficha do caso impressa por predefinição</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Certificate authority of the relay</source>
      <translation>Autoridade de certificação do retransmissor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Database file</source>
      <translation>Ficheiro da base de dados</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Exploring with demo data</source>
      <translation>A explorar com dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Language of prints</source>
      <translation>Idioma das impressões</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Lock after this many idle minutes</source>
      <translation>Bloquear após este número de minutos de inatividade</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Paper size</source>
      <translation>Tamanho do papel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Relay address</source>
      <translation>Endereço do retransmissor</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Sync every this many minutes when online</source>
      <translation>Sincronizar a cada N minutos quando houver ligação</translation>
    </message>
  </context>
  <context>
    <name>workflow</name>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a best-interests determination recommending return</source>
      <translation>uma determinação do superior interesse (DSI) que recomende o regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a family assessment in the country of return</source>
      <translation>uma avaliação familiar no país de regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a pre-departure assessment</source>
      <translation>uma avaliação antes da partida</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a reintegration plan agreed with the person</source>
      <translation>um plano de reintegração acordado com a pessoa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>an approved reintegration plan</source>
      <translation>um plano de reintegração aprovado</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>consent to receive assistance</source>
      <translation>o consentimento para receber assistência</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>consent to transfer the case to the office of return</source>
      <translation>o consentimento para transferir o caso para o escritório do país de regresso</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>the arrival date</source>
      <translation>a data de chegada</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>the departure date</source>
      <translation>a data de partida</translation>
    </message>
  </context>
</TS>
